import lexicon from "../../data/self-labels.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { addDenial } from "./add-denial.js";
import { CueSet, compilePattern } from "./cue-patterns.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// '"We are refugees. We are not terrorists," Alawee said', '"I'm not a
// racist," Trump said', 'she said she was not a criminal': a speaker refusing
// a stigma for itself or its side denies being called it, whether or not the
// story told the charge. Only stigma labels count (data/self-labels.json):
// "We are not a rich country" denies nothing.

const withLabels = (p: string) => p.replace("LABEL", lexicon.labels);
const quoted = new CueSet<true>(lexicon.patterns.map((p) => compilePattern(withLabels(p), true)));
const reported = new CueSet<true>(lexicon.reportedPatterns.map((p) => compilePattern(withLabels(p), true)));
const PERSONAL = new Set(["he", "she"]);

export function selfLabels(doc: Doc, tokens: Token[]): void {
  for (const c of doc.claims) {
    const speaker = c.speaker;
    if (!speaker) continue;
    const from = tokenIndexAt(tokens, c.content.start);
    const to = tokenIndexAt(tokens, c.content.end);
    // first person in the speaker's own words; "he", "she", "they" only where the claim is reported
    const set = c.kind === "indirect" ? reported : quoted;
    for (const m of set.matchAll(tokens, from, to)) {
      const first = tokens[m.first] as Token;
      if (c.kind === "indirect" && PERSONAL.has(first.lower) !== (actorKind(doc, speaker) === "person")) continue;
      addDenial(doc, speaker, null, { start: first.start, end: (tokens[m.last] as Token).end });
    }
  }
}
