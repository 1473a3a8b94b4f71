import monthAbbreviations from "../../data/month-abbreviations.json";
import type { Scan } from "./scan.js";

const SHORT_MONTHS = new Set<string>(monthAbbreviations.months);

/**
 * "columnist Ai Jun wrote", "Wang Jun said": a month's short form right after a capital of the
 * name and followed by neither a period nor a number is a name's word (a family name written
 * first, then the given name), not the month, which would come with its day ("Jun 5", "5 Jun").
 */
export function shortMonthInName(scan: Scan, j: number): boolean {
  const t = scan.tokens[j];
  if (!t || !SHORT_MONTHS.has(t.text) || t.sentStart) return false;
  const prev = scan.tokens[j - 1];
  if (!prev?.cap || /\d/.test(prev.text)) return false;
  const next = scan.tokens[j + 1];
  if (next && scan.adjacent(j, j + 1) && next.text === ".") return false;
  return !(next && /^\d/.test(next.text));
}
