import type { Token } from "./tokens.js";

// Where a clause or an allegation ends, from punctuation and a few words
// that open a new clause: enough to cut spans without a full parse.

const NEW_CLAUSE = new Set(["which", "who", "saying", "intending", "while", "but", "although", "a", "an", "as"]);

const COORDINATORS = new Set(["and", "but"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const ORDINALS = new Set(["first", "second", "third", "latter", "former", "other"]);

/** Token i opens a subject: a pronoun, or "the" and an ordinal ("the second"). */
function newSubject(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (SUBJECT_PRONOUNS.has(t.lower)) return true;
  return t.lower === "the" && ORDINALS.has(tokens[i + 1]?.lower ?? "");
}

/** Token k ends a clause: ";" or a dash. */
function endsClause(t: Token): boolean {
  return t.punct && (t.lower === ";" || t.lower === "—" || t.lower === "–");
}

/** Token k is a comma that opens a new clause: ", which", ", a charge", ", and he said". */
function breaksAllegation(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (t.lower !== "," || !next) return false;
  if (NEW_CLAUSE.has(next.lower)) return true;
  // ", and the second accused him ...", ", but he said ...": a coordinated clause with a subject of its own
  return COORDINATORS.has(next.lower) && newSubject(tokens, k + 2);
}

// Every allegation and clause in a sentence is cut from its own start, a dozen finders ask for
// cuts from every cue, and a long sentence with no ";" had each ask walk to its end: quadratic in
// the sentence. Per token array, for each index, the first index at or after it that ends a clause
// and the first that breaks an allegation, found in one pass from the end; each ask is then a
// look-up. Both marks depend on the tokens alone, never on where the caller stops.
interface Stops {
  length: number;
  clause: Int32Array;
  allegation: Int32Array;
}
const cache = new WeakMap<Token[], Stops>();
// the doc being read, in front of the WeakMap
let lastTokens: Token[] | null = null;
let lastStops: Stops | null = null;

function stopsOf(tokens: Token[]): Stops {
  if (tokens === lastTokens && lastStops && lastStops.length === tokens.length) return lastStops;
  let stops = cache.get(tokens);
  if (!stops || stops.length !== tokens.length) {
    const n = tokens.length;
    const clause = new Int32Array(n + 1);
    const allegation = new Int32Array(n + 1);
    clause[n] = n;
    allegation[n] = n;
    for (let k = n - 1; k >= 0; k--) {
      clause[k] = endsClause(tokens[k] as Token) ? k : (clause[k + 1] as number);
      allegation[k] = breaksAllegation(tokens, k) ? k : (allegation[k + 1] as number);
    }
    stops = { length: n, clause, allegation };
    cache.set(tokens, stops);
  }
  lastTokens = tokens;
  lastStops = stops;
  return stops;
}

/** First index in [i, to) that ends the clause: ";", a dash, or the sentence end. */
export function clauseEnd(tokens: Token[], i: number, to: number): number {
  if (i >= to) return to;
  if (i < 0 || to > tokens.length) return clauseEndByScan(tokens, i, to);
  const k = stopsOf(tokens).clause[i] as number;
  return k < to ? k : to;
}

/** The plain walk, for bounds outside the tokens (the look-up table covers [0, length]). */
function clauseEndByScan(tokens: Token[], i: number, to: number): number {
  for (let k = i; k < to; k++) if (endsClause(tokens[k] as Token)) return k;
  return to;
}

/** End offset of an allegation that starts at token i: cut at ";" or at ", which / , a charge". */
export function allegationEnd(tokens: Token[], i: number, to: number): number {
  const stop = clauseEnd(tokens, i, to);
  if (i + 1 < stop) {
    const k =
      i + 1 >= 0 && stop <= tokens.length
        ? (stopsOf(tokens).allegation[i + 1] as number)
        : allegationBreakByScan(tokens, i + 1, stop);
    if (k < stop) return (tokens[k - 1] as Token).end;
  }
  return (tokens[stop - 1] as Token).end;
}

function allegationBreakByScan(tokens: Token[], from: number, stop: number): number {
  for (let k = from; k < stop; k++) if (breaksAllegation(tokens, k)) return k;
  return stop;
}
