import { slug } from "./classify-run.js";
import { firstNameGender } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";
import { markPlayers, scorerRuns, scorersLine } from "./scorers.js";

// Verbs of a match's result: "Seattle beat Baltimore 7-5", "Bayern drew 1-1 with Dortmund".
const RESULT_VERBS = new Set([
  "beat",
  "beats",
  "defeated",
  "defeat",
  "defeats",
  "drew",
  "draw",
  "lost",
  "lose",
  "loses",
  "thrashed",
  "edged",
  "routed",
  "downed",
  "tied",
  "crushed",
  "overcame",
  "hammered",
  "blanked",
  "swept",
  "trounced",
  "outplayed",
  "upset",
  "held",
]);
// Small words between a result verb and the other side: "drew 1-1 with", "lost 2-0 to", "won 3-1 against".
const RESULT_LINKS = new Set(["with", "to", "against", "at", "over", "by", "in", "the"]);

// (a module constant: tsx's esbuild turns a \p{...} literal into `new RegExp` at each use)
const MAY_HOLD_SCORE = /\d[-–:]\d|\d\s+\p{Lu}|\d\s+\(\s*\p{Lu}[^)\n]*\d|\d\s*$/mu;

/**
 * A club is named by its city ("Leicester 3 Manchester United 1", "Seattle beat
 * Baltimore 7-5"): in a score line, a standings row or a result sentence with
 * a score, the names that play are teams, organizations. A country's name
 * stays a country: a national side is named as its state.
 */
export function settleTeams(scan: Scan): void {
  // most texts hold no score: one search of the text, not a test of every token
  if (!MAY_HOLD_SCORE.test(scan.text)) return;
  const { tokens } = scan;
  const at = new Map<number, Piece>();
  for (const p of scan.pieces) if (p.via === "name" || p.via === "metonym") at.set(p.first, p);
  const sides = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.lineStart) {
      scoreLine(scan, at, i, sides);
      if (tokens[i + 1]?.text === ":") scorersLine(scan, i);
    }
    if (t.kind === "word" && RESULT_VERBS.has(t.text) && hasScore(scan, i)) resultSentence(scan, at, i);
  }
  // "Willem II 1" in a score line, "held by Willem II" in the report: the side everywhere
  if (!sides.size) return;
  for (const p of scan.pieces) {
    if (p.kind !== "person" || p.via !== "name") continue;
    const name = scan.slice(p.first, p.last);
    if (sides.has(name)) {
      p.kind = "organization";
      p.unsure = false;
      p.note = { key: `org:${slug(name)}`, name };
    }
  }
}

const isNumber = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
};
const isScore = (s: string) => /^\d{1,3}[-–:]\d{1,3}$/.test(s);

// A score such as "2-1" within a few words of the verb, in the same sentence.
function hasScore(scan: Scan, verb: number): boolean {
  for (let k = verb - 6; k <= verb + 8; k++) {
    const t = scan.tokens[k];
    if (!t) continue;
    if (k > verb && (t.text === "." || t.lineStart)) break;
    if (t.kind === "word" && isScore(t.text)) return true;
  }
  return false;
}

// "Leicester 3 Manchester United 1", "Barnsley 4 3 1 0 10 4 10": names followed by numbers, a line long.
function scoreLine(scan: Scan, at: Map<number, Piece>, from: number, named: Set<string>): void {
  const { tokens } = scan;
  const sides: [number, number][] = [];
  const players: [number, number][] = [];
  const marks: number[] = [];
  let numbers = 0;
  let k = from;
  // "In Trondheim : Rosenborg 3 Molde 1": a short label before a colon opens the line
  for (let c = from + 1; c <= from + 3 && !tokens[c]?.lineStart; c++)
    if (tokens[c]?.text === ":") {
      k = c + 1;
      break;
    }
  const opening = k;
  while (k < tokens.length && (k === opening || !tokens[k]?.lineStart)) {
    const t = tokens[k] as (typeof tokens)[number];
    if (t.kind === "word" && t.cap) {
      const a = k;
      while (tokens[k + 1]?.kind === "word" && tokens[k + 1]?.cap && !tokens[k + 1]?.lineStart) k++;
      sides.push([a, k]);
    } else if (t.kind === "word" && isNumber(t.text)) {
      if (!sides.length) return;
      numbers++;
    } else if (t.text === "(" && numbers > 0) {
      // "Rosenborg 3 ( Skammelsrud 12 , Jakobsen 40 )": the side's scorers; "( OT )": overtime
      let close = k + 1;
      while (close < tokens.length && tokens[close]?.text !== ")" && !tokens[close]?.lineStart) close++;
      if (tokens[close]?.text !== ")") return;
      const runs = scorerRuns(scan, k + 1, close);
      if (runs) players.push(...runs);
      else if (close === k + 2 && /^[A-Z]{2,3}$/.test(tokens[k + 1]?.text ?? "")) marks.push(k + 1);
      k = close;
    } else if (t.text === "." && tokens[k + 1] && !tokens[k + 1]?.lineStart && numbers > 0 && sides.length === 2) {
      // "... Zeljeznicar 1 ( Hadzic 80 ) . Halftime 1-0 .": the result ends at the stop
      break;
    } else if (!(numbers > 0 && (t.text === "." || t.text === "-"))) return;
    // ("MIAMI 14 4 .778 -": a percentage's point and a dash for no games behind sit among the numbers)
    k++;
  }
  // a result (two sides, two scores) or a standings row (one side, three numbers or more)
  const beforeSecond = scan.tokens[(sides[1]?.[0] ?? 0) - 1]?.text ?? "";
  const result = sides.length === 2 && numbers === 2 && (isNumber(beforeSecond) || beforeSecond === ")");
  const standing = sides.length === 1 && numbers >= 3;
  if (!result && !standing) return;
  // a score line names sides, never players: "Wigan 2 Bradford Bulls 1"
  for (const [a, b] of sides) {
    makeTeam(scan, at, a, b, true);
    named.add(scan.slice(a, b));
  }
  markPlayers(scan, players);
  for (const m of marks) dropPiecesWithin(scan, at, m, m);
}

// "Seattle beat Baltimore 7-5", "Bayern Munich drew 1-1 with Borussia Dortmund".
function resultSentence(scan: Scan, at: Map<number, Piece>, verb: number): void {
  const before = pieceEndingAt(scan, verb - 1);
  if (before) makeTeam(scan, at, before.first, before.last);
  else {
    // "NAC Breda beat ...": a side no rule named
    let a = verb - 1;
    while (a >= 0 && scan.tokens[a]?.cap && scan.tokens[a]?.kind === "word" && !scan.tokens[a]?.sentStart) a--;
    if (a < verb - 1 && scan.tokens[a]?.cap && !scan.isOrdinaryCapital(a)) makeTeam(scan, at, a, verb - 1);
    else if (a < verb - 1) makeTeam(scan, at, a + 1, verb - 1);
  }
  let k = verb + 1;
  while (k < verb + 5) {
    const t = scan.tokens[k];
    if (!t || !(isScore(t.text) || RESULT_LINKS.has(t.text))) break;
    k++;
  }
  const p = at.get(k);
  if (p) makeTeam(scan, at, p.first, p.last);
  else if (scan.tokens[k]?.cap && scan.tokens[k]?.kind === "word") {
    let b = k;
    while (scan.tokens[b + 1]?.cap && scan.tokens[b + 1]?.kind === "word" && scan.adjacent(b, b + 1)) b++;
    makeTeam(scan, at, k, b);
  }
}

function pieceEndingAt(scan: Scan, last: number): Piece | undefined {
  for (let i = scan.pieces.length - 1; i >= 0; i--) {
    const p = scan.pieces[i] as Piece;
    if (p.last === last && (p.via === "name" || p.via === "metonym")) return p;
  }
  return undefined;
}

// Removes the pieces lying inside tokens first..last (none may start at `first`: the caller checked).
function dropPiecesWithin(scan: Scan, at: Map<number, Piece>, first: number, last: number): void {
  for (let x = scan.pieces.length - 1; x >= 0; x--) {
    const q = scan.pieces[x] as Piece;
    if (q.first < first || q.last > last) continue;
    scan.pieces.splice(x, 1);
    if (at.get(q.first) === q) at.delete(q.first);
    scan.named.fill(0, q.first, q.last + 1);
  }
}

function makeTeam(scan: Scan, at: Map<number, Piece>, first: number, last: number, sides = false): void {
  let p = at.get(first);
  const name = scan.slice(first, last);
  // "Vilnius Ekranas 1": a side's name that only opens on a city's is the side's whole name
  if (p && sides && p.last < last) {
    dropPiecesWithin(scan, at, first, last);
    p = undefined;
  }
  if (p) {
    if (p.last !== last && p.via === "name") return;
    // a state's name is its national side; a person with a full name is a player
    if (p.kind === "country" && p.via === "name") return;
    if (!sides && p.kind === "person" && p.last > p.first && firstNameGender.has(scan.tokens[p.first]?.text ?? ""))
      return;
    if (p.kind === "organization" || p.kind === "media" || p.kind === "group") return;
    p.kind = "organization";
    p.via = "name";
    p.unsure = false;
    p.note = { key: `org:${slug(name)}`, name };
    return;
  }
  // "Real Zaragoza 2 Celta Vigo 1": a score line's side is one name, whatever its parts read as alone
  else if (sides) dropPiecesWithin(scan, at, first, last);
  for (let k = first; k <= last; k++) if (scan.named[k]) return;
  const piece: Piece = {
    start: scan.tokens[first]?.start ?? 0,
    end: scan.tokens[last]?.end ?? 0,
    first,
    last,
    kind: "organization",
    via: "name",
    note: { key: `org:${slug(name)}`, name },
  };
  scan.add(piece);
  at.set(first, piece);
}
