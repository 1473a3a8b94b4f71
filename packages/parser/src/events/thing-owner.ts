import things from "../../data/owned-things.json";
import type { Doc } from "../doc.js";
import type { Response } from "../model.js";
import { closelyTied, listStart, mentionsIn, subjectBefore } from "./actor-roles.js";
import { BE_FORMS, NP_BREAKS } from "./clause-words.js";
import { demonymActor } from "./demonyms.js";
import { paperOwner } from "./paper-owner.js";
import { POSSESSIVE_CLITICS, possessiveAt } from "./possessive.js";
import { docTokens, startSentencesBack, type Token, tokenIndexAt } from "./tokens.js";

// "rejected Theresa May's proposed deal", "criticised the proceedings", "rejected
// the demarcation" after "Turkey and Libya signed a maritime agreement": an act
// whose object is a thing (a decision, a plan, a law, a deal) and no actor is
// aimed at the thing's owner: its possessor or the names it is made of ("the
// Turkish-Libyan agreement"), else whoever the story told making a thing of the
// same class just before (its own owner, the act that made it, or the subject of
// the sentence that brought it in with "a").

const { _note, ...nouns } = things.nouns as Record<string, string>;
const CLASS = new Map(Object.entries(nouns));
const DETERMINERS = new Set(things.determiners);
const INTRODUCING = new Set(things.introducing);
// "Prime Minister Theresa May's proposed Brexit deal": words from the phrase's start to its head
const HEAD_REACH = 7;
// "the decision" points back a few sentences at most
const SENTENCES_BACK = 4;
// words after which no noun phrase goes on ("the plan by", "the bill was")
const PHRASE_ENDS = new Set([...NP_BREAKS, "by", "for", "with", "from", "at", "against", "over", "as", "after"]);
// acts whose evidence names the thing they made stand for its owner ("Turkey and Libya agreed on borders")
const MUTUAL = new Set(["cooperate"]);

/** Index of the thing noun heading the noun phrase that starts at token i ("the Turkish-Libyan agreement"), else -1. */
export function thingHead(tokens: Token[], i: number, to: number): number {
  for (let k = i; k < to && k <= i + HEAD_REACH; k++) {
    const t = tokens[k] as Token;
    if (CLASS.has(t.lower)) return k;
    if (POSSESSIVE_CLITICS.has(t.lower)) continue;
    if (t.punct || BE_FORMS.has(t.lower) || (k > i && PHRASE_ENDS.has(t.lower))) return -1;
  }
  return -1;
}

/**
 * Whom an act on the thing heading the phrase from `start` to `head` is aimed at: the
 * thing's owner, named in the phrase or told before; none when the story names none.
 */
export function thingOwner(
  doc: Doc,
  tokens: Token[],
  start: number,
  head: number,
  to: number,
  actor: string,
): string[] {
  const named = ownerInPhrase(doc, tokens, start, head, to, actor);
  if (named.length) return named;
  // "a plan" is a new thing, "the plan" one told before
  if (INTRODUCING.has(tokens[start]?.lower ?? "")) return [];
  const all = docTokens(doc);
  const at = tokenIndexAt(all, (tokens[start] as Token).start);
  const cls = CLASS.get((tokens[head] as Token).lower);
  const since = startSentencesBack(doc, (all[at] as Token).sentence, SENTENCES_BACK);
  for (let k = at - 1; k >= 0; k--) {
    const t = all[k] as Token;
    if (t.start < since) break;
    if (CLASS.get(t.lower) !== cls) continue;
    const owners = earlierOwner(doc, all, k, actor);
    if (owners.length) return owners;
  }
  return [];
}

/** The owner the phrase names: a possessor, a name after "by" / "of" / "from", or names modifying the head. */
function ownerInPhrase(doc: Doc, tokens: Token[], start: number, head: number, to: number, actor: string): string[] {
  const keep = (ids: string[]) => ids.filter((id, j) => ids.indexOf(id) === j && !closelyTied(doc, id, actor));
  const inside = mentionsIn(doc, (tokens[start] as Token).start, (tokens[head] as Token).start);
  // "May's proposed deal" is May's, "the EU's Turkey deal" the EU's
  const possessor = inside.find((m) => possessiveAt(doc.text, m.end));
  if (possessor) return keep([possessor.actor]);
  // "the decision of the court", "a bill crafted by the House"
  const linked = paperOwner(doc, tokens, head, head, to, actor);
  if (linked.length) return linked;
  if (agreementPlace(doc, tokens, start, head)) return [];
  // "the Turkish-Libyan agreement", "the Senate bill": the names before the head make the thing
  const named = keep(inside.map((m) => m.actor));
  if (named.length) return named;
  // a compound of demonyms names its parties (the entity stage keeps "Turkish-Libyan" whole)
  for (let k = start; k < head; k++) {
    const t = tokens[k] as Token;
    if (!t.lower.includes("-")) continue;
    const ids = doc.text
      .slice(t.start, t.end)
      .split("-")
      .map((part) => demonymActor(doc, part));
    if (ids.every((id): id is string => id !== null)) return keep(ids);
  }
  return [];
}

/**
 * "opposed the Iran deal", "signed onto the Paris agreement": the one state or place named before an
 * agreement in the phrase from `start` to `head` is a party to it or where it was made, not whose it
 * is, nor whom acting on the deal is aimed at.
 */
export function agreementPlace(doc: Doc, tokens: Token[], start: number, head: number): string | null {
  if (CLASS.get((tokens[head] as Token).lower) !== "agreement") return null;
  const inside = mentionsIn(doc, (tokens[start] as Token).start, (tokens[head] as Token).start);
  const only = inside.length === 1 ? inside[0] : undefined;
  if (!only || possessiveAt(doc.text, only.end)) return null;
  return only.kind === "country" || only.kind === "location" ? only.actor : null;
}

/** Where the noun phrase headed by token k starts: back over its modifiers to a determiner or a break. */
function phraseStart(tokens: Token[], k: number, from: number): number {
  const t = tokens[k] as Token;
  let start = k;
  while (start > from && k - start < HEAD_REACH) {
    const prev = tokens[start - 1] as Token;
    if (prev.sentence !== t.sentence || (prev.punct && prev.lower !== "'s")) break;
    if (PHRASE_ENDS.has(prev.lower) || BE_FORMS.has(prev.lower)) break;
    start--;
    if (DETERMINERS.has(prev.lower)) break;
  }
  return start;
}

/** Whether a word names a thing an act may be aimed at ("plan", "decision"). */
export function isThing(word: string): boolean {
  return CLASS.has(word);
}

/** The owner of the thing heading a clause's subject at token k ("the proposal was rejected by X"). */
export function subjectThingOwner(doc: Doc, tokens: Token[], k: number, from: number, actor: string): string[] {
  return thingOwner(doc, tokens, phraseStart(tokens, k, from), k, k + 1, actor);
}

/** The owner of a thing told at token k: named in its phrase, the act whose words name it, or its introducer. */
function earlierOwner(doc: Doc, all: Token[], k: number, actor: string): string[] {
  const t = all[k] as Token;
  const start = phraseStart(all, k, 0);
  let end = k + 1;
  while (end < all.length && end <= k + HEAD_REACH && (all[end] as Token).sentence === t.sentence) end++;
  const named = ownerInPhrase(doc, all, start, k, end, actor);
  if (named.length) return named;
  const act = doc.responses.find((r: Response) => r.evidence.start <= t.start && t.end <= r.evidence.end);
  if (act)
    return [act.actor, ...(MUTUAL.has(act.type) ? act.targets : [])].filter((id) => !closelyTied(doc, id, actor));
  // "Turkey and Libya signed a maritime agreement": the subject of the sentence that brings it in
  if (!INTRODUCING.has(all[start]?.lower ?? "")) return [];
  const sentence = doc.sentences[t.sentence];
  if (!sentence) return [];
  const subject = subjectBefore(doc, sentence.start, all[start]?.start ?? t.start);
  if (!subject || subject.start < sentence.start) return [];
  return mentionsIn(doc, listStart(doc, sentence.start, subject), subject.end)
    .map((m) => m.actor)
    .filter((id, j, ids) => ids.indexOf(id) === j && !closelyTied(doc, id, actor));
}
