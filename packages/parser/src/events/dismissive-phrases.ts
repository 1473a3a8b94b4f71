import lexicon from "../../data/denial-cues.json";
import type { Doc } from "../doc.js";
import { closelyTied, mentionsIn } from "./actor-roles.js";
import { addDenial } from "./add-denial.js";
import { NEGATIONS, negatedBefore } from "./clause-words.js";
import { CueSet, compilePattern } from "./cue-patterns.js";
import type { AnsweredTest } from "./report-dismissals.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// '"It is the same phony attack," Hale said', "Hale said there was no
// evidence of any wrongdoing", "people should provide evidence for their
// accusations": words that wave an allegation away as they name it. They deny
// for the speaker when the speaker's side was accused or acted against before;
// an allegation noun names a charge against someone by itself, so it also
// counts when the claim names no one of another side before it.

const NOUNS = lexicon.dismissedNouns.join("|");
const phrases = new CueSet<true>(
  lexicon.dismissivePhrases.map((p) =>
    compilePattern(p.replace("ADJ", lexicon.dismissiveAdjectives.join("|")).replace("NOUN", NOUNS), true),
  ),
);
const ALLEGATIONS = new Set([
  ...lexicon.accusingNouns.split("|").filter((w) => !w.startsWith("claim")),
  ...lexicon.wrongNouns,
]);
/** How far before the phrase a negation undoes it: "these are not baseless accusations". */
const NEGATION_REACH = 2;

export function dismissivePhrases(doc: Doc, tokens: Token[], answered: AnsweredTest): void {
  for (const c of doc.claims) {
    const speaker = c.speaker;
    if (!speaker) continue;
    const from = tokenIndexAt(tokens, c.content.start);
    const to = tokenIndexAt(tokens, c.content.end);
    for (const m of phrases.matchAll(tokens, from, to)) {
      if (negatedBefore(tokens, m.first, from, NEGATIONS, NEGATION_REACH)) continue;
      const head = tokens[m.first] as Token;
      const last = tokens[m.last] as Token;
      const allegation = ALLEGATIONS.has(last.lower);
      const others = mentionsIn(doc, c.content.start, last.end).some((x) => !closelyTied(doc, x.actor, speaker));
      if (!answered(speaker, head.start) && !(allegation && !others)) continue;
      addDenial(doc, speaker, null, { start: head.start, end: last.end });
      break;
    }
  }
}
