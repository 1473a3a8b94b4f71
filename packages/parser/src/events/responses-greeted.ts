import lexicon from "../../data/response-types.json";
import type { Doc } from "../doc.js";
import { mentionsIn, subjectBefore } from "./actor-roles.js";
import { BE_FORMS } from "./clause-words.js";
import { modalityBefore } from "./modality.js";
import { protesterGroup, protestResponse } from "./protest-response.js";
import { responseCodes } from "./response-lexicon.js";
import { docTokens, sentenceRange, type Token } from "./tokens.js";

// "Trump will be greeted by thousands of protesters", "the mayor was met with angry demonstrators":
// a crowd of protest meeting someone is told from the side of the one met, as a passive whose agent
// is the crowd; no verb of protest says so, yet the crowd protests against the one it met.

const GREETED = lexicon.greetedProtests;
const VERBS = new Set(GREETED.verbs);
const LINKS = new Set(GREETED.links);
const PARTICIPANTS = new Set(GREETED.participants);

/** Tells the protest of a crowd that a passive of reception names as its agent. */
export function findGreetedProtests(doc: Doc): void {
  if (!responseCodes.has("protest")) return;
  const tokens = docTokens(doc);
  doc.sentences.forEach((sentence, s) => {
    const [first, end] = sentenceRange(tokens, s);
    for (let k = first + 1; k + 2 < end; k++) {
      const verb = tokens[k] as Token;
      if (!VERBS.has(verb.lower) || !LINKS.has((tokens[k + 1] as Token).lower)) continue;
      // a passive: "was greeted", "will be met", "is being confronted"
      if (!BE_FORMS.has((tokens[k - 1] as Token).lower)) continue;
      const crowdAt = participantAfter(tokens, k + 2, end);
      if (crowdAt < 0) continue;
      const noun = tokens[crowdAt] as Token;
      const target = subjectBefore(doc, sentence.start, verb.start);
      const crowd =
        mentionsIn(doc, (tokens[k + 2] as Token).start, noun.end, true).find((m) => noun.end <= m.end)?.actor ??
        protesterGroup(doc, PARTICIPANTS);
      if (!target || !crowd || crowd === target.actor) continue;
      const evidence = { start: Math.max(sentence.start, Math.min(target.start, verb.start)), end: noun.end };
      if (
        doc.responses.some(
          (r) => r.type === "protest" && r.evidence.start < evidence.end && evidence.start < r.evidence.end,
        )
      )
        continue;
      const response = protestResponse(crowd, target.actor, evidence, modalityBefore(tokens, k, first, "protest"));
      if (!response) continue;
      doc.responses.push(response);
    }
  });
}

/** Index of a crowd-of-protest noun within reach after `from` with no punctuation before it, else -1. */
function participantAfter(tokens: Token[], from: number, end: number): number {
  let reach = GREETED.reach;
  for (let j = from; j < end && j < from + reach; j++) {
    const t = tokens[j] as Token;
    // "as many as 6,000 protesters": a thousands comma inside a number stops nothing
    if (t.punct && /^\d/.test(tokens[j - 1]?.lower ?? "") && /^\d/.test(tokens[j + 1]?.lower ?? "")) {
      reach += 2;
      continue;
    }
    if (t.punct) return -1;
    if (PARTICIPANTS.has(t.lower)) return j;
  }
  return -1;
}
