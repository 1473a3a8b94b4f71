import cues from "../../data/accusation-cues.json";
import { clauseStart } from "./accusation-doer.js";
import type { Token } from "./tokens.js";

// A statement can name a wrong without saying anyone did it: "there is no
// evidence to support the claims of fraud", "there was no attempt to
// circumvent the rules", "she should face no criminal charges", "if you don't
// want to act against Iranian aggression, fine". The negation or the
// supposition may stand well before the wrong, where the opening check
// (accusation-lexicon.ts's negatedOpening) does not look.

/** "no evidence", "no sign", "no proof": the negators of several words, found anywhere before the wrong in its sentence. */
const FINDINGS = cues.negators.filter((n) => n.includes(" ")).map((n) => n.split(" "));
/** "If you don't want ...": a clause opened by one of these supposes its wrong. */
const SUPPOSING = new Set(["if", "unless", "whether"]);
/** How many tokens before the wrong a bare "no" denies it: "no attempt to circumvent", "no criminal charges". */
const NO_REACH = 3;

/**
 * The wrong at token `wrong` of a statement opening at `from` is not asserted:
 * a finding of none ("no evidence") before it in its sentence, a "no" just
 * before it in the statement, or a clause opened by "if", "unless" or "whether".
 */
export function unassertedWrong(tokens: Token[], from: number, wrong: number): boolean {
  const sentence = (tokens[wrong] as Token).sentence;
  // a finding of none may stand before the statement's own words: "no evidence to support claims that X ..."
  if ((firstFindings(tokens).get(sentence) ?? Number.POSITIVE_INFINITY) < wrong) return true;
  for (let k = wrong - 1; k >= from && wrong - k <= NO_REACH && (tokens[k] as Token).sentence === sentence; k--) {
    if ((tokens[k] as Token).lower === "no" && !punctuatedBetween(tokens, k, wrong)) return true;
  }
  return SUPPOSING.has(tokens[clauseStart(tokens, from, wrong) - 1]?.lower ?? "");
}

/**
 * Each sentence's first token that opens a finding of none, found in one pass over the
 * document's tokens: read back from every wrong, a 5,000-word sentence full of wrongs took
 * time that grew with the square of its length.
 */
const findingsByTokens = new WeakMap<Token[], Map<number, number>>();

function firstFindings(tokens: Token[]): Map<number, number> {
  let first = findingsByTokens.get(tokens);
  if (first) return first;
  first = new Map();
  for (let k = 0; k < tokens.length; k++) {
    const sentence = (tokens[k] as Token).sentence;
    if (first.has(sentence)) continue;
    if (opensFinding(tokens, k)) first.set(sentence, k);
  }
  findingsByTokens.set(tokens, first);
  return first;
}

// plain loops: this runs at every token of a doc, and closures made per token there were
// about a sixth of the parse's allocation
function opensFinding(tokens: Token[], k: number): boolean {
  for (const words of FINDINGS) {
    let i = 0;
    while (i < words.length && tokens[k + i]?.lower === words[i]) i++;
    if (i === words.length) return true;
  }
  return false;
}

function punctuatedBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if ((tokens[k] as Token).punct) return true;
  return false;
}
