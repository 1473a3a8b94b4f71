import type { Doc } from "../doc.js";
import type { Response } from "../model.js";
import { stableId } from "../stable-id.js";
import { appointingBody } from "./appointing-body.js";
import { APPOINTEES, responseCodes } from "./response-lexicon.js";
import { docTokens, type Token, tokenIndexAt } from "./tokens.js";

// '"It's time a special prosecutor be appointed," Priebus said': no verb of
// asking stands there, but a claim that wants an appointee appointed (a
// subjunctive) asks for the appointment, of whoever appoints one
// (appointing-body.ts); its speaker makes the demand. Only inside a claim with
// a speaker: in the story's own voice a verb cue tells the demand
// ("demanded that a special counsel be appointed").

/** Words between an article and the appointee ("an independent special prosecutor"). */
const MODIFIER_REACH = 3;

const ARTICLES = new Set(["a", "an", "the"]);

const lower = (tokens: Token[], k: number) => tokens[k]?.lower ?? "";

/** "prosecutor be appointed": the appointee at `k` is followed by "be" and an appointing participle. */
function beAppointed(tokens: Token[], k: number, to: number): boolean {
  return k + 2 < to && lower(tokens, k + 1) === "be" && APPOINTEES.appointed.has(lower(tokens, k + 2));
}

/**
 * The first token of the words asking for the appointee at `k` ("a special prosecutor be appointed"):
 * its article when one stands a few words before, not before `from`, else the appointee. A subjunctive
 * asks; "will be appointed" or "the appointment of a special prosecutor" may tell or weigh one, and
 * are left out (beAppointed reads only "be" right after the appointee).
 */
function askedFrom(tokens: Token[], k: number, from: number): number {
  for (let j = k - 1; j >= Math.max(from, k - 1 - MODIFIER_REACH); j--) if (ARTICLES.has(lower(tokens, j))) return j;
  return k;
}

/** Adds a demand for each appointment a claim asks for, by its speaker of the appointing body. */
export function findAppointmentCalls(doc: Doc): void {
  const codes = responseCodes.get("demand");
  if (!codes) return;
  const tokens = docTokens(doc);
  // one pass over the words: the rare appointee asked for is then placed in its claim
  for (let k = 0; k < tokens.length; k++) {
    if (!APPOINTEES.words.has(lower(tokens, k)) || !beAppointed(tokens, k, tokens.length)) continue;
    const word = tokens[k] as Token;
    const claim = doc.claims.find((c) => c.speaker && c.content.start <= word.start && word.end <= c.content.end);
    const speaker = claim?.speaker;
    if (!claim || !speaker) continue;
    const from = tokenIndexAt(tokens, claim.content.start);
    if ((tokens[k + 2] as Token).end > claim.content.end) continue;
    const start = (tokens[askedFrom(tokens, k, from)] as Token).start;
    const end = (tokens[k + 2] as Token).end;
    if (doc.responses.some((r) => r.type === "demand" && r.evidence.start < end && start < r.evidence.end)) continue;
    const body = appointingBody(doc, speaker);
    if (!body || body === speaker) continue;
    const response: Response = {
      id: stableId(`response:demand:${start}:${end}`),
      actor: speaker,
      targets: [body],
      type: "demand",
      cameo: codes.cameo,
      plover: codes.plover,
      modality: "done",
      evidence: { start, end },
      date: null,
      respondsTo: null,
    };
    doc.responses.push(response);
  }
}
