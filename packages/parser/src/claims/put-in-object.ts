import type { ClaimContext, Cue } from "./context.js";
import {
  AUXILIARY_AFTER_RELATIVE,
  CLAUSE_BOUNDARY,
  DETERMINERS,
  EXPLETIVE_SUBJECTS,
  PAST_TENSE_VERBS,
  SUBJECT_PRONOUNS,
} from "./lexicon.js";
import { allUpper, type Token } from "./tokens.js";

// how many tokens a reported clause's subject may run before its verb
const SUBJECT_REACH = 8;

/**
 * "the economy added 292,000 jobs", "the rule adds another hurdle", "adding a plug for
 * himself": after a verb that also means "put in", a noun phrase with no verb of its own
 * is what was put in, not what was said. A clause ("added the vote was fair", "adding
 * he would run", "added, regarding the request, they would wait") is still reported.
 */
export function putInObject(ctx: ClaimContext, cue: Cue, start: number): boolean {
  const { tokens } = ctx;
  if (!cue.entry.clauseOnly || tokens[cue.last + 1]?.lower === "that") return false;
  if ((tokens[start] as Token).kind !== "word") return false;
  const hi = ctx.sentenceLast[ctx.sentenceOf[start] as number] as number;
  return !verbSoonAfter(tokens, start, hi);
}

/** A subject and its verb within a few tokens of `k`: a pronoun, or an auxiliary or past tense after a noun phrase. */
function verbSoonAfter(tokens: Token[], k: number, hi: number): boolean {
  const first = tokens[k] as Token;
  const determined = DETERMINERS.has(first.lower) || /^\d/.test(first.lower);
  for (let m = k; m <= hi && m - k <= SUBJECT_REACH; m++) {
    const t = tokens[m] as Token;
    // 'authorities "are still waiting"': the verb may open a quotation; an opening phrase ends at a comma
    if (t.kind === "quote" || t.lower === ",") continue;
    if (t.kind !== "word") return false;
    // "adding hopefully that ...": an adverb before the clause's "that"
    if (t.lower === "that" && m - k <= 1) return true;
    if (CLAUSE_BOUNDARY.has(t.lower)) return false;
    const next = tokens[m + 1];
    if (SUBJECT_PRONOUNS.has(t.lower) && next?.kind === "word") return true;
    // "adding it required much endurance" (not "added it to the list")
    if (EXPLETIVE_SUBJECTS.has(t.lower) && next !== undefined && finiteVerb(next)) return true;
    if (m === k) continue;
    if (AUXILIARY_AFTER_RELATIVE.has(t.lower)) return true;
    // "added Lind wanted a recount", "added the vote failed": a name or a determined noun, then a past tense
    if ((determined || allUpper(tokens, k, m)) && !t.upper && pastTense(t)) return true;
  }
  return false;
}

function finiteVerb(t: Token): boolean {
  return t.kind === "word" && (AUXILIARY_AFTER_RELATIVE.has(t.lower) || pastTense(t));
}

function pastTense(t: Token): boolean {
  return PAST_TENSE_VERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith("ed"));
}
