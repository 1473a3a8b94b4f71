import { slug } from "./classify-run.js";
import type { Piece, Scan } from "./scan.js";

/**
 * Players a result names by scorer's minute: "Rosenborg 3 ( Skammelsrud 12 , Jakobsen 40 )",
 * "Scorers : Ravanelli 23 , Vialli 55". Each entry is a capitalised run followed by numbers;
 * the whole list must read that way, or nothing is taken from it.
 */
export function scorerRuns(scan: Scan, from: number, to: number): [number, number][] | null {
  const { tokens } = scan;
  const runs: [number, number][] = [];
  let k = from;
  while (k < to) {
    const a = k;
    while (k < to && tokens[k]?.kind === "word" && tokens[k]?.cap) k++;
    if (k === a) return null;
    const b = k - 1;
    let minutes = 0;
    while (k < to && tokens[k]?.kind === "word" && isMinute(tokens[k]?.text ?? "")) {
      k++;
      minutes++;
    }
    if (!minutes) return null;
    runs.push([a, b]);
    if (k < to && (tokens[k]?.text === "," || tokens[k]?.text === ";")) k++;
  }
  return runs.length ? runs : null;
}

const isMinute = (w: string) => /^\d{1,3}(?:st|nd|rd|th)?$/.test(w) || w === "pen" || w === "og";

/** Types each run as a player: a person, over whatever a rule guessed from the word alone. */
export function markPlayers(scan: Scan, runs: [number, number][]): void {
  for (const [a, b] of runs) {
    const name = scan.slice(a, b);
    const note = { key: `person:${slug(name)}`, name };
    const p = scan.pieces.find((q) => q.first === a && q.last === b);
    if (p) {
      // a name a list holds ("Milan", "Brazil") keeps its reading
      if (p.note.code || p.kind === "country") continue;
      p.kind = "person";
      p.via = "name";
      p.unsure = false;
      p.note = note;
      continue;
    }
    let free = true;
    for (let k = a; k <= b; k++) if (scan.named[k]) free = false;
    if (!free) continue;
    const piece: Piece = {
      start: scan.tokens[a]?.start ?? 0,
      end: scan.tokens[b]?.end ?? 0,
      first: a,
      last: b,
      kind: "person",
      via: "name",
      note,
    };
    scan.add(piece);
  }
}

/**
 * "Scorers : Ravanelli 23 , Vialli 55": a line of players after a one-word label. The label,
 * when a rule took it for a body's name, is none.
 */
export function scorersLine(scan: Scan, from: number): void {
  const { tokens } = scan;
  const label = tokens[from];
  if (label?.kind !== "word" || tokens[from + 1]?.text !== ":") return;
  let end = from + 2;
  while (end < tokens.length && !tokens[end]?.lineStart) end++;
  const runs = scorerRuns(scan, from + 2, end);
  if (!runs) return;
  markPlayers(scan, runs);
  const i = scan.pieces.findIndex((q) => q.first === from && q.last === from);
  const p = scan.pieces[i];
  if (p && p.kind === "organization" && !p.note.code) {
    scan.pieces.splice(i, 1);
    scan.named[from] = 0;
  }
}
