import cues from "../../data/accusation-cues.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation } from "./accusation-builder.js";
import { type ActorMention, mentionsIn, objectsIn, subjectBefore } from "./actor-roles.js";
import { allegationEnd, clauseEnd } from "./clause-bounds.js";
import { NP_BREAKS } from "./clause-words.js";
import { wordCues } from "./cue-patterns.js";
import { possessiveAt } from "./possessive.js";
import type { Token } from "./tokens.js";

// An accusation told as a noun: "Price's accusation that he had lied",
// "allegations by Price that Dalton misused funds", "the Price campaign's
// accusations against Dalton", "Price leveled an accusation of fraud against
// Dalton". The accuser is named with the noun (its possessor, "by/from X", or
// the subject of a verb that makes it); the accused after "against" or as the
// subject of the "that" clause. Nothing is guessed when either is not named:
// "the allegations against him" alone names no accuser.

const C = cues.nominalAccusations;
// the nouns through the shared cue index: a sentence without one costs a bit test, not a set lookup a token
const NOUNS = wordCues(C.nouns);
/** A possessor of these is the target: "Smith's charges" are charges against Smith. */
const TARGETED = new Set(C.targeted);
const MAKERS = new Set(C.makers);
const MAKER_FILLERS = new Set(C.makerFillers);
const SOURCES = new Set(C.sources);
const GROUP_HEADS = new Set(C.groupHeads);
const NEGATORS = new Set(C.negators);
const REACH = 10;

export function nominalAccusations(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number): void {
  for (const m of NOUNS.matchAll(tokens, from, to)) {
    const k = m.first;
    const noun = tokens[k] as Token;
    if (tokens.slice(Math.max(from, k - 2), k).some((t) => NEGATORS.has(t.lower))) continue;
    const stop = clauseEnd(tokens, k + 1, to);
    const source = sourceAfter(doc, tokens, k, stop);
    const accuser = nounPossessor(doc, tokens, from, k) ?? source?.mention ?? maker(doc, tokens, sentence, from, k);
    if (!accuser) continue;
    const afterSource = source ? source.next : k + 1;
    const target = againstWhom(doc, tokens, k, stop, accuser.actor);
    const clause = target ? null : thatClause(doc, tokens, afterSource, stop, noun, accuser.actor);
    const accused = target?.accused ?? (clause ? [clause.actor] : []);
    if (accused.length === 0 || accused.includes(accuser.actor)) continue;
    const allegation: Span | null = clause
      ? { start: (tokens[clause.from] as Token).start, end: allegationEnd(tokens, clause.from, to) }
      : tokens[k + 1]?.lower === "of" && k + 2 < stop
        ? { start: (tokens[k + 2] as Token).start, end: allegationEnd(tokens, k + 2, stop) }
        : null;
    const start = accuser.start < noun.start && noun.start - accuser.start < 120 ? accuser.start : noun.start;
    const end = Math.max(noun.end, accuser.end, target?.end ?? 0, allegation?.end ?? 0);
    addAccusation(doc, tokens, {
      accuser: accuser.actor,
      accused,
      allegation,
      evidence: { start, end },
      context: sentence,
    });
  }
}

/** "Price's accusation", "the Price campaign's allegations": the possessor within the noun phrase. */
export function nounPossessor(doc: Doc, tokens: Token[], from: number, k: number): ActorMention | null {
  if (TARGETED.has((tokens[k] as Token).lower)) return null;
  for (let j = k - 1; j >= from && j >= k - 4; j--) {
    const t = tokens[j] as Token;
    if (NP_BREAKS.has(t.lower)) return null;
    const word = doc.text.slice(t.start, t.end);
    // "Sanders' accusations", "the United States’ allegations": the tokens leave out an apostrophe after a final s
    const bareS = !/['’]/u.test(word) && possessiveAt(doc.text, t.end);
    if (!bareS && !/['’]s?$/u.test(word)) continue;
    // "Price's" as one token or as "Price" + "'s"; "the Price campaign's": the name before a group head owns it
    let owner = /^['’]s?$/u.test(word) ? j - 1 : j;
    if (GROUP_HEADS.has((tokens[owner]?.lower ?? "").replace(/['’]s?$/u, ""))) owner--;
    const o = tokens[owner];
    if (!o || owner < from) return null;
    const ownerEnd = owner === j && !bareS ? o.end - (word.endsWith("s") ? 2 : 1) : o.end;
    return mentionsIn(doc, Math.max(0, o.start - 80), ownerEnd).find((m) => m.end >= ownerEnd - 1) ?? null;
  }
  return null;
}

/** "allegations by Price", "the accusation from Price", "allegations made by Price": the source after the noun. */
function sourceAfter(
  doc: Doc,
  tokens: Token[],
  k: number,
  stop: number,
): { mention: ActorMention; next: number } | null {
  let j = k + 1;
  if (MAKERS.has(tokens[j]?.lower ?? "")) j++;
  const by = tokens[j];
  if (!by || j >= stop || !SOURCES.has(by.lower)) return null;
  const after = tokens[j + 1];
  if (!after) return null;
  const m = mentionsIn(doc, after.start, (tokens[stop - 1] as Token).end)[0];
  if (!m || m.start - after.start > 30) return null;
  let next = j + 1;
  while (next < stop && (tokens[next] as Token).start < m.end) next++;
  return { mention: m, next };
}

/** "Price made the allegation", "Price leveled an accusation": the subject of a verb that makes the noun. */
function maker(doc: Doc, tokens: Token[], sentence: Span, from: number, k: number): ActorMention | null {
  for (let j = k - 1; j >= from && j >= k - 4; j--) {
    const t = tokens[j] as Token;
    if (MAKERS.has(t.lower)) return subjectBefore(doc, sentence.start, t.start);
    if (!MAKER_FILLERS.has(t.lower)) return null;
  }
  return null;
}

/** "accusations against Dalton", "an accusation of fraud against Dalton and his aides". */
function againstWhom(
  doc: Doc,
  tokens: Token[],
  k: number,
  stop: number,
  accuser: string,
): { accused: string[]; end: number } | null {
  for (let j = k + 1; j < stop && j <= k + REACH; j++) {
    const t = tokens[j] as Token;
    if (t.lower === "that") return null;
    if (t.lower !== "against") continue;
    const next = tokens[j + 1];
    if (!next) return null;
    const m = mentionsIn(doc, next.start, (tokens[stop - 1] as Token).end).find((x) => x.actor !== accuser);
    if (!m || m.start - next.start > 30) return null;
    const accused = objectsIn(doc, m.start, (tokens[stop - 1] as Token).end, [accuser]);
    return accused.length > 0 ? { accused, end: m.end } : null;
  }
  return null;
}

const SUBJECT_PRONOUNS = new Map<string, "person" | "any">([
  ["he", "person"],
  ["she", "person"],
  ["they", "any"],
]);

/**
 * "... that Dalton took bribes", "... that he had lied": the subject of a
 * "that" clause right after the noun (and its source), a pronoun standing for
 * the last fitting actor named before the noun who is not the accuser.
 */
function thatClause(
  doc: Doc,
  tokens: Token[],
  at: number,
  stop: number,
  noun: Token,
  accuser: string,
): { actor: string; from: number } | null {
  if (tokens[at]?.lower !== "that" || at + 1 >= stop) return null;
  const first = tokens[at + 1] as Token;
  const m = mentionsIn(doc, first.start, (tokens[stop - 1] as Token).end)[0];
  // "Kerr's accusation that he lied": a pronoun the actor stage gave to the accuser stands for someone else
  const ownPronoun = m?.via === "pronoun" && m.actor === accuser;
  if (m && m.start - first.start <= 12 && !ownPronoun)
    return m.actor === accuser ? null : { actor: m.actor, from: at + 1 };
  const pronoun = SUBJECT_PRONOUNS.get(first.lower);
  if (!pronoun) return null;
  const before = mentionsIn(doc, Math.max(0, noun.start - 300), noun.start).filter(
    (x) => x.actor !== accuser && (pronoun === "any" || actorKind(doc, x.actor) === "person"),
  );
  const antecedent = before.at(-1);
  return antecedent ? { actor: antecedent.actor, from: at + 1 } : null;
}
