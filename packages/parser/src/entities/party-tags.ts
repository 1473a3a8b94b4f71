import { stateAbbreviationWords } from "./lexicon.js";
import type { Scan } from "./scan.js";

// "Sen. Jo Roe (R-Texas)", "Rep. Al Poe, D-N.Y., said": a party's initial, a hyphen and a state
// (its name, its abbreviation or its postal code) set off after a lawmaker's name. The tag names
// neither a body nor a place of its own; the party's initial is the letter US news gives it.
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z]*$/;

// the rest of a dotted abbreviation as the tokenizer splits it: "D-N" "." "Y." ")"
const DOTTED_PIECE = /^(?:\.|[A-Z]\.)$/;

/** The token at `i` is a lawmaker's party-and-state tag, in parentheses or between commas. */
export function isPartyTag(scan: Scan, i: number): boolean {
  const t = scan.tokens[i];
  if (!t || t.kind !== "word" || !PARTY_TAG.test(t.text)) return false;
  const before = scan.tokens[i - 1]?.text;
  if (before !== "(" && before !== ",") return false;
  // the tag ends the aside: "(R-Texas)", "(D-Calif.)", "(D-N.Y.)", ", R-Utah,"
  let k = i + 1;
  while (DOTTED_PIECE.test(scan.tokens[k]?.text ?? "")) k++;
  const after = scan.tokens[k]?.text;
  return after === ")" || after === "," || after === undefined || (k > i + 1 && scan.tokens[k]?.lineStart === true);
}

/**
 * "Sen. Jo Roe (Fla.)", "Al Poe of Tujunga, Calif., said", "the Calif. primary": a state's
 * news-style abbreviation with its full stop tells where a lawmaker, a town or a vote is. It
 * names no body or person ("Fla", "Calif" would otherwise be read as names).
 */
export function isStateAbbreviation(scan: Scan, i: number): boolean {
  const t = scan.tokens[i];
  if (!t || t.kind !== "word" || !stateAbbreviationWords.has(t.text)) return false;
  return scan.tokens[i + 1]?.text === "." && scan.adjacent(i, i + 1);
}
