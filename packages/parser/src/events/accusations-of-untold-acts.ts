import lexicon from "../../data/criticism-wrongs.json";
import type { Doc } from "../doc.js";
import { addAccusation } from "./accusation-builder.js";
import { deniedWrong, firstWrong } from "./accusation-lexicon.js";
import { stemVerbDoer } from "./act-doer.js";
import { mentionsIn, sameSide } from "./actor-roles.js";
import { ANAPHORIC, BE_FORMS, isAdverb } from "./clause-words.js";
import { latestActorOutside } from "./responses-dyadic.js";
import { docTokens, type Token, tokenIndexAt } from "./tokens.js";

// "Johnson asked the Queen to suspend Parliament. Corbyn said the move was an
// outrage." / "Bercow called it a constitutional outrage": a statement whose
// content opens on an act the story told just before ("the move", "its
// purpose", "it") and says it was a wrong accuses the act's doer: the actor
// of the latest act (a response the story told, targeted or not) in the
// statement's sentence or the two before, not the speaker's own side. Runs
// after the responses stage, which finds those acts.

const ACT_NOUNS = new Set(lexicon.untoldActs);
const PRONOUNS = new Set(lexicon.untoldPronouns);
const CONDITIONALS = new Set(lexicon.conditionals);

export function accusationsOfUntoldActs(doc: Doc): void {
  const tokens = docTokens(doc);
  for (const c of doc.claims) {
    const speaker = c.speaker;
    if (!speaker) continue;
    const from = tokenIndexAt(tokens, c.content.start);
    const first = tokens[from];
    if (!first) continue;
    const opening = opensOnAct(tokens, from);
    // "the veto was illegal": any noun after a determiner may name an act the story told with its verb
    if (!opening && !(ANAPHORIC.has(first.lower) && /^[a-z]/.test(tokens[from + 1]?.lower ?? ""))) continue;
    // the content's first sentence only: the act is its subject there
    let to = from;
    while (
      to < tokens.length &&
      (tokens[to] as Token).sentence === first.sentence &&
      (tokens[to] as Token).start < c.content.end
    )
      to++;
    const hit = firstWrong(tokens, from, to, doc);
    if (!hit || deniedWrong(tokens, hit.first, from)) continue;
    const wrong = tokens[hit.first] as Token;
    // a name before the wrong is a doer the content tells itself: the claim pass read it
    if (mentionsIn(doc, c.content.start, wrong.start).some((m) => m.actor !== speaker)) continue;
    // "it would prevent many from voting": a consequence foreseen, not a wrong done
    if (tokens.slice(from, hit.first).some((t) => CONDITIONALS.has(t.lower))) continue;
    // "a stab in the back for the SDF": an actor the content names is not the act's unnamed doer
    const named = new Set(mentionsIn(doc, c.content.start, c.content.end).map((m) => m.actor));
    const accused =
      (opening ? latestActorOutside(doc, first.sentence, c.content.start, speaker, named) : null) ??
      (judged(tokens, from + 1, hit.first) ? toldDoer(doc, tokens, from + 1, speaker, named) : null);
    if (!accused) continue;
    const start = Math.min(c.source?.start ?? c.cue.start, c.cue.start, c.content.start);
    const end = Math.min(c.content.end, (tokens[hit.last] as Token).end + 60);
    addAccusation(doc, tokens, {
      accuser: speaker,
      accused: [accused],
      allegation: { start: c.content.start, end: c.content.end },
      evidence: { start, end },
    });
  }
}

/** The content opens on "it" / "this" or on a determiner and an act noun ("the move", "its purpose"). */
function opensOnAct(tokens: Token[], from: number): boolean {
  const t = tokens[from] as Token;
  if (PRONOUNS.has(t.lower)) return true;
  return ANAPHORIC.has(t.lower) && ACT_NOUNS.has(tokens[from + 1]?.lower ?? "");
}

/** Sentences before the statement's within which the act's verb must have been told. */
const VERB_REACH = 3;
const LINKS = new Set(lexicon.judgedActs.links);

/**
 * The act noun at `noun` is the subject the wrong is said of: only a form of
 * "be" or a linking verb, adverbs and an article stand between them ("the veto
 * was clearly illegal", "the suspension to be unlawful", "the firing is a
 * disgrace"); not a wrong suffered ("the vote was rigged": a participle right
 * after "be" tells what was done to the act, not what its doer did).
 */
function judged(tokens: Token[], noun: number, wrong: number): boolean {
  if (wrong <= noun || wrong - noun > LINKS_REACH) return false;
  // "was illegal": a damning label may be matched with its own "be"
  let linked = BE_FORMS.has((tokens[wrong] as Token).lower);
  for (let k = noun + 1; k < wrong; k++) {
    const w = (tokens[k] as Token).lower;
    if (BE_FORMS.has(w) || LINKS.has(w)) linked = true;
    else if (!isAdverb(w) && w !== "a" && w !== "an") return false;
  }
  const before = tokens[wrong - 1]?.lower ?? "";
  return linked && !(BE_FORMS.has(before) && (tokens[wrong] as Token).lower.endsWith("ed"));
}
const LINKS_REACH = 6;

/**
 * "Becker vetoed the budget. Kerr said the veto was illegal": the subject of
 * the verb sharing the act noun's stem, told in the statement's sentence or the
 * few before, when it is not the speaker's side nor named in the content.
 */
function toldDoer(doc: Doc, tokens: Token[], noun: number, speaker: string, named: Set<string>): string | null {
  const sentence = (tokens[noun] as Token).sentence;
  const earliest = doc.sentences[Math.max(0, sentence - VERB_REACH)];
  const floor = earliest ? tokenIndexAt(tokens, earliest.start) : 0;
  const doer = stemVerbDoer(doc, tokens, noun, [speaker, ...named], floor);
  return doer && !sameSide(doc, doer, speaker) ? doer : null;
}
