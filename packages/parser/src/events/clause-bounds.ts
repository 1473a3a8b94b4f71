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

/** First index in [i, to) that ends the clause: ";", a dash, or the sentence end. */
export function clauseEnd(tokens: Token[], i: number, to: number): number {
  for (let k = i; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.punct && (t.lower === ";" || t.lower === "—" || t.lower === "–")) return k;
  }
  return to;
}

/** End offset of an allegation that starts at token i: cut at ";" or at ", which / , a charge". */
export function allegationEnd(tokens: Token[], i: number, to: number): number {
  const stop = clauseEnd(tokens, i, to);
  for (let k = i + 1; k < stop; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (t.lower === "," && next && NEW_CLAUSE.has(next.lower)) return (tokens[k - 1] as Token).end;
    // ", and the second accused him ...", ", but he said ...": a coordinated clause with a subject of its own
    if (t.lower === "," && next && COORDINATORS.has(next.lower) && newSubject(tokens, k + 2))
      return (tokens[k - 1] as Token).end;
  }
  return (tokens[stop - 1] as Token).end;
}
