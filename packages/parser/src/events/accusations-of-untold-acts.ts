import lexicon from "../../data/criticism-wrongs.json";
import type { Doc } from "../doc.js";
import { addAccusation } from "./accusation-builder.js";
import { deniedWrong, firstWrong } from "./accusation-lexicon.js";
import { mentionsIn } from "./actor-roles.js";
import { ANAPHORIC } from "./clause-words.js";
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
    if (!first || !opensOnAct(tokens, from)) continue;
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
    const accused = latestActorOutside(doc, first.sentence, c.content.start, speaker, named);
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
