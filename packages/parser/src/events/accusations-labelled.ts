import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation, mainSubject } from "./accusation-builder.js";
import { labelCues } from "./accusation-lexicon.js";
import { mentionsIn, subjectBefore } from "./actor-roles.js";
import type { Token } from "./tokens.js";

// "Cengiz called Mohammad's admission a political maneuver", "termed her a
// corrupt oaf": a damning name for someone or for their act. The accused is
// named between the cue and the label; with no one named there, nothing is
// guessed.

export function labelledAccusations(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number): void {
  for (const m of labelCues.matchAll(tokens, from, to)) {
    const head = tokens[m.first] as Token;
    const label = tokens[m.last] as Token;
    if (tokens.slice(m.first, m.last).some((t) => t.lower === "not" || t.lower === "n't")) continue;
    const participle = head.lower.endsWith("ing") && tokens[m.first - 1]?.lower === ",";
    const subject = participle ? null : subjectBefore(doc, sentence.start, head.start);
    const accuser = subject?.actor ?? mainSubject(doc, tokens, sentence, from, m.first);
    if (!accuser) continue;
    const named = mentionsIn(doc, head.end, label.start).filter((x) => x.actor !== accuser);
    const accused = named[0]?.actor;
    if (!accused) continue;
    const start = subject && head.start - subject.end < 60 ? subject.start : head.start;
    addAccusation(doc, tokens, {
      accuser,
      accused: [accused],
      allegation: { start: head.end, end: label.end },
      evidence: { start, end: label.end },
    });
  }
}
