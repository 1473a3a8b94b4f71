import { BE_FORMS } from "./clause-words.js";
import type { Token } from "./tokens.js";

// "He is a man who incites against 20 percent of the population", "they are people who
// lie": a relative clause on the noun a form of "be" says the subject is tells what the
// subject does, so its wrong is the subject's, where another "who" or "which" ("the
// group, which ...") hands the wrong to whatever the pronoun follows.

const ARTICLES = new Set(["a", "an", "the"]);
/** Words of the predicate noun phrase between the article and "who": "a thin-skinned bully", "the kind of man". */
const NOUN_WORDS = 4;

/** The "who" at token `who` opens a relative on a predicate noun ("is a man who"), read back no further than `from`. */
export function predicateRelative(tokens: Token[], who: number, from: number): boolean {
  if ((tokens[who] as Token | undefined)?.lower !== "who") return false;
  let k = who - 1;
  let words = 0;
  while (k > from && words < NOUN_WORDS) {
    const t = tokens[k] as Token;
    if (t.punct) return false;
    if (ARTICLES.has(t.lower)) {
      k--;
      break;
    }
    if (BE_FORMS.has(t.lower)) break;
    words++;
    k--;
  }
  // "they are people who": a bare plural right after the verb
  return words > 0 && k >= from && BE_FORMS.has((tokens[k] as Token).lower);
}

/** The relative pronouns in tokens [from, wrong) that hand the wrong to someone other than the clause's subject. */
export function foreignRelative(tokens: Token[], from: number, wrong: number): boolean {
  for (let k = from; k < wrong; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === "which" || (w === "who" && !predicateRelative(tokens, k, from))) return true;
  }
  return false;
}
