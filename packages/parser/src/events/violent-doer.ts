import lexicon from "../../data/response-types.json";
import { BE_FORMS, isAdverb, MODAL_AUXILIARIES } from "./clause-words.js";
import type { Token } from "./tokens.js";

// "Assailants attacked the journalist", "militants attacked the army": "attacked" and "attacking"
// tell an attack only when one who does violence does them; of anyone else they are as often
// words ("Smith attacked his rival on Twitter").

const CUES: ReadonlySet<string> = new Set(lexicon.violentDoers.cues);
const DOERS: ReadonlySet<string> = new Set([...lexicon.violentDoers.nouns, ...lexicon.impliedAgents.attackerNouns]);
const HAVE: ReadonlySet<string> = new Set(["has", "have", "had"]);
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
// "by a group of gunmen", "by masked militants": words between "by" and the doer's head
const AGENT_WORDS = 3;
const LOWER_WORD = /^[\p{Ll}-]+$/u;

/** True when the cue at `first` is one that needs a violent doer. */
export function needsViolentDoer(word: string): boolean {
  return CUES.has(word);
}

/**
 * True when the cue at `first` has a violent doer: the word before it (past auxiliaries and adverbs)
 * in an active clause ("suicide bombers attacked"), the head after its "by" in a passive.
 */
export function hasViolentDoer(
  text: string,
  tokens: Token[],
  first: number,
  from: number,
  to: number,
  passive: boolean,
): boolean {
  if (passive) {
    if (tokens[first + 1]?.lower !== "by") return false;
    for (let k = first + 2; k < to && k <= first + 2 + AGENT_WORDS; k++) {
      const t = tokens[k] as Token;
      if (t.punct) return false;
      if (isDoer(tokens, k)) return true;
      // "by masked gunmen": lower-case modifiers only, not a name ("by Smith's supporters")
      if (!ARTICLES.has(t.lower) && !LOWER_WORD.test(text.slice(t.start, t.end))) return false;
    }
    return false;
  }
  let k = first - 1;
  while (k >= from) {
    const w = (tokens[k] as Token).lower;
    if (!(HAVE.has(w) || BE_FORMS.has(w) || MODAL_AUXILIARIES.has(w) || isAdverb(w))) break;
    k--;
  }
  return k >= from && isDoer(tokens, k);
}

// a one-word doer, or a two-word one ending at k ("suicide bombers")
function isDoer(tokens: Token[], k: number): boolean {
  const w = (tokens[k] as Token).lower;
  return DOERS.has(w) || DOERS.has(`${tokens[k - 1]?.lower ?? ""} ${w}`);
}
