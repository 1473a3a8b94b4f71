import lexicon from "../../data/response-types.json";
import type { ResponseType } from "../model.js";
import { isAdverb } from "./clause-words.js";
import type { Token } from "./tokens.js";

// "Trump proposed barring all Muslims", "called for a ban on imports", "his threats of airstrikes
// against Syria": the act is only asked for or held over someone, so it is told as a demand or a
// threat of the one who would act, aimed at the one it would be done to (response-types.json, retypedActs).

const words = lexicon.retypedActs;
const TYPES: ReadonlySet<string> = new Set(words.types);
const PROPOSING: ReadonlySet<string> = new Set(words.proposing);
const PROPOSING_FOR: ReadonlySet<string> = new Set(words.proposingFor);
const THREAT_NOUNS: ReadonlySet<string> = new Set(words.threatNouns);
const DETERMINERS: ReadonlySet<string> = new Set(words.determiners);

/** The type an act cue at `first` is told as when words right before it only propose or threaten it, else null. */
export function retypedAct(tokens: Token[], first: number, from: number, type: ResponseType): ResponseType | null {
  if (!TYPES.has(type)) return null;
  const word = (k: number) => (k >= from ? ((tokens[k] as Token).punct ? null : (tokens[k] as Token).lower) : null);
  let k = first - 1;
  const next = word(k);
  if (next === null) return null;
  // "temporarily barring", "a ban", "a temporary ban"
  if (isAdverb(next) || DETERMINERS.has(next)) k--;
  else if (DETERMINERS.has(word(k - 1) ?? "")) k -= 2;
  const w = word(k);
  if (w === null) return null;
  if (PROPOSING.has(w)) return "demand";
  if (w === "for" && PROPOSING_FOR.has(word(k - 1) ?? "")) return "demand";
  if (w === "of" && THREAT_NOUNS.has(word(k - 1) ?? "")) return "threaten";
  return null;
}
