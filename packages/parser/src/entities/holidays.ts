import holidays from "../../data/holidays.json";
import type { Piece, Scan } from "./scan.js";

const asPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]");
// longest first, so that "New Year's Eve" is read whole, not as a shorter name inside it
const HOLIDAY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...holidays.names]
    .sort((a, b) => b.length - a.length)
    .map(asPattern)
    .join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);

/**
 * "On Cinco de Mayo", "on New Year's Eve", "during Ramadan": a holiday is a day, no person or
 * body, though its words look like a name ("Eve", "Mayo"). A name piece that lies inside the
 * holiday's words goes; a longer name that only holds them ("Tariq Ramadan") stays.
 */
export function dropHolidays(scan: Scan): void {
  const spans: [number, number][] = [];
  for (const m of scan.text.matchAll(HOLIDAY)) spans.push([m.index, m.index + m[0].length]);
  if (!spans.length) return;
  const drop = new Set<Piece>();
  for (const p of scan.pieces) if (p.via === "name" && spans.some(([s, e]) => p.start >= s && p.end <= e)) drop.add(p);
  scan.remove(drop);
}
