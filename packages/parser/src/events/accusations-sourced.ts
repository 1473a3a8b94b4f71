import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation } from "./accusation-builder.js";
import { deniedWrong, firstWrong } from "./accusation-lexicon.js";
import { type ActorMention, afterPreposition, mentionsIn, subjectBefore } from "./actor-roles.js";
import { allegationEnd, clauseEnd } from "./clause-bounds.js";
import { wordCues } from "./cue-patterns.js";
import type { Token } from "./tokens.js";

// "Biden addressed the allegations of sexual assault from former staffer Tara
// Reade", "Trump faced accusations of fraud by his former lawyer": an
// allegation noun that names its wrong and its source accuses, for that
// source, the one named after "against", else the clause's subject, who
// addresses, faces or denies it. The wrong must be named: "the allegations
// from X" alone says nothing of what is alleged.

// the nouns through the shared cue index: a sentence without one costs a bit test, not a set lookup a token
const NOUNS = wordCues(cues.sourcedAllegations.nouns);
const SOURCES = new Set(cues.sourcedAllegations.sources);
const REACH = cues.sourcedAllegations.reach;

export function sourcedAllegations(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number): void {
  for (const m of NOUNS.matchAll(tokens, from + 1, to - 2)) {
    const k = m.first;
    if ((tokens[k + 1] as Token).lower !== "of") continue;
    const stop = clauseEnd(tokens, k + 2, to);
    let source = -1;
    for (let j = k + 2; j < stop && j <= k + 2 + REACH; j++) {
      const t = tokens[j] as Token;
      if (t.lower === "," || t.lower === "that" || t.lower === "which") break;
      if (SOURCES.has(t.lower)) {
        source = j;
        break;
      }
    }
    if (source < 0) continue;
    const wrong = firstWrong(tokens, k + 2, source);
    if (!wrong || deniedWrong(tokens, wrong.first, k + 2)) continue;
    const after = tokens[source + 1];
    if (!after) continue;
    const accuserMention = mentionsIn(doc, after.start, (tokens[stop - 1] as Token).end)[0];
    // the source named right after "from"/"by" (a title or two may stand before the name)
    if (!accuserMention || accuserMention.start - after.start > 40) continue;
    const noun = tokens[k] as Token;
    const accused = againstWhom(doc, tokens, source, stop) ?? addressee(doc, sentence, noun);
    if (!accused || accused.actor === accuserMention.actor) continue;
    const start = Math.min(accused.start < noun.start ? accused.start : noun.start, noun.start);
    const allegation = { start: (tokens[k + 2] as Token).start, end: (tokens[source - 1] as Token).end };
    const end = Math.max(accuserMention.end, allegationEnd(tokens, k + 2, source));
    addAccusation(doc, tokens, {
      accuser: accuserMention.actor,
      accused: [accused.actor],
      allegation,
      evidence: { start: start >= sentence.start && noun.start - start < 80 ? start : noun.start, end },
    });
  }
}

/** "allegations of fraud from X against Y": the one named after "against" in the phrase. */
function againstWhom(doc: Doc, tokens: Token[], source: number, stop: number): ActorMention | null {
  for (let j = source + 1; j < stop && j <= source + 8; j++) {
    if ((tokens[j] as Token).lower !== "against") continue;
    const next = tokens[j + 1];
    if (!next) return null;
    const m = mentionsIn(doc, next.start, (tokens[stop - 1] as Token).end)[0];
    return m && m.start - next.start < 30 ? m : null;
  }
  return null;
}

/** The clause's subject before the noun, who addresses, faces or denies the allegations. */
function addressee(doc: Doc, sentence: Span, noun: Token): ActorMention | null {
  const s = subjectBefore(doc, sentence.start, noun.start);
  if (!s || afterPreposition(doc, s, sentence.start) || noun.start - s.end > 60) return null;
  return s;
}
