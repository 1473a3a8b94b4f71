import lexicon from "../../data/response-types.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Response } from "../model.js";
import { BE_FORMS } from "./clause-words.js";
import type { Token } from "./tokens.js";

// "Mark Dayton is backing Hillary Clinton", "Pate supported Charlie Crist": backing someone is
// cooperation with them. The same words also describe a noun ("a super PAC backing Jeb Bush":
// the PAC's act, not the clause subject's), make adjectives ("U.S.-backed South Vietnam") and
// report polls ("28 percent of caucusgoers supported Mr. Trump": a finding, no actor's act).

const words = lexicon.backingVerbs;
const BACKING = new Set(words.words);
const POLL_WORDS = new Set(words.pollWords);
const BACKER_KINDS = new Set<string>(words.backerKinds);
const BACKED_KINDS = new Set<string>(words.backedKinds);
const INTENTIONS = new Set(words.intentions);
const PLURAL_SUBJECTS = new Set(words.pluralSubjects);
const QUANTIFIERS = new Set(words.quantifiers);
const CONDITIONS = new Set(words.conditions);
const PROGRESSIVE_ADVERBS = new Set(["now", "also", "still", "already", "currently", "publicly", "openly"]);
// "571 of the 714 superdelegates", "6 in 10 white men": a count of backers is a tally
const COUNT = /^\d/;
const COUNT_REACH = 4;

/** Whether the cue at `first` is a backing verb (its checks below apply only to those). */
export function isBacking(tokens: Token[], first: number): boolean {
  return BACKING.has((tokens[first] as Token).lower);
}

/** Whether the backing verb at `first` in the sentence [from, to) tells an actor's act of backing. */
export function backingTold(text: string, tokens: Token[], first: number, from: number, to: number): boolean {
  const head = tokens[first] as Token;
  if (text[head.start - 1] === "-") return false;
  if (head.lower.endsWith("ing") && !progressive(tokens, first, from)) return false;
  const prev = tokens[first - 1];
  if (prev?.lower === "to" && !INTENTIONS.has(tokens[first - 2]?.lower ?? "")) return false;
  for (let k = first - 1; k >= from && k >= first - words.subjectReach; k--) {
    const t = tokens[k] as Token;
    if (t.punct) break;
    if (PLURAL_SUBJECTS.has(t.lower)) return false;
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (POLL_WORDS.has(t.lower)) return false;
    if (k < first && QUANTIFIERS.has(t.lower) && tokens[k + 1]?.lower === "of") return false;
    if (k < first && CONDITIONS.has(t.lower)) return false;
    const next = tokens[k + 1]?.lower;
    if (COUNT.test(t.lower) && (next === "of" || next === "in" || (k < first && k >= first - COUNT_REACH)))
      return false;
  }
  return true;
}

/** Whether a backing's two sides are people or organizations, as backers and the backed are. */
export function backingSides(doc: Doc, r: Response): boolean {
  return (
    BACKER_KINDS.has(actorKind(doc, r.actor) ?? "") &&
    r.targets.length > 0 &&
    r.targets.every((t) => BACKED_KINDS.has(actorKind(doc, t) ?? ""))
  );
}

/** "is backing", "was also supporting": a BE form right before the -ing form, or before one adverb. */
function progressive(tokens: Token[], first: number, from: number): boolean {
  const prev = tokens[first - 1];
  if (!prev || first - 1 < from) return false;
  if (BE_FORMS.has(prev.lower)) return true;
  const before = tokens[first - 2];
  return (
    !!before &&
    first - 2 >= from &&
    BE_FORMS.has(before.lower) &&
    (prev.lower.endsWith("ly") || PROGRESSIVE_ADVERBS.has(prev.lower))
  );
}
