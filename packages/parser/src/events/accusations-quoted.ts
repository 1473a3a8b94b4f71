import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation } from "./accusation-builder.js";
import { clauseSubject } from "./accusation-doer.js";
import {
  DOER_WINDOW,
  deniedWrong,
  firstWrong,
  harmVictim,
  negatedOpening,
  ownsHarm,
  possibleDoers,
  sufferedWrong,
  wordsBack,
} from "./accusation-lexicon.js";
import { admits, agentsOfWrong, hedged, speaks } from "./accusations-reported.js";
import { actDoer, actNounAt } from "./act-doer.js";
import { afterPreposition, mentionsIn } from "./actor-roles.js";
import { cueAddressee, toldOfYou } from "./addressee.js";
import { condemnationsIn } from "./condemnation-lexicon.js";
import { criticismWrongsIn } from "./criticism-wrongs.js";
import { describedDoer } from "./described-doer.js";
import { foreignRelative } from "./predicate-relative.js";
import { QUOTE_MARKS } from "./quote-marks.js";
import { quotedBodyDoer } from "./quoted-body-doer.js";
import { quotedPronounDoer } from "./quoted-pronoun-doer.js";
import { type Token, tokenIndexAt } from "./tokens.js";
import { unassertedWrong } from "./unasserted-wrong.js";

// Statements whose speaker comes after the words: "'The airline transports
// weapons ...,' according to a tweet by Mike Pompeo", and the claims the
// claims stage found (pronoun and description speakers already resolved).
// They accuse when their words say an actor did wrong.

/**
 * Accuses from content tokens [from, to) spoken by `speaker`; evidence is the
 * content. `addressee`: the actor the statement is told to, whom a wrong told
 * of "you" accuses. `quoted`: the words are a direct quotation, whose "he" or
 * "she" is not the speaker (see quoted-pronoun-doer.ts).
 */
export function accuseFromContent(
  doc: Doc,
  tokens: Token[],
  speaker: string,
  from: number,
  to: number,
  addressee: string | null = null,
  quoted = false,
): void {
  if (from >= to) return;
  const hit = firstWrong(tokens, from, to, doc);
  // "she is not a liar", "did not lie": a wrong denied is no accusation
  if (!hit || negatedOpening(tokens, from, to, hit.first) || deniedWrong(tokens, hit.first, from)) return;
  // "there is no evidence to support the claims of fraud", "if you don't act against aggression"
  if (unassertedWrong(tokens, from, hit.first)) return;
  const wrongTok = tokens[hit.first] as Token;
  const startOff = (tokens[from] as Token).start;
  const endOff = (tokens[to - 1] as Token).end;
  if (foreignRelative(tokens, from, hit.first)) return;
  const agents = agentsOfWrong(doc, tokens, hit.last, to);
  const agent = agents[0];
  if (hedged(doc, tokens, hit.first)) return;
  const windowStart = (tokens[wordsBack(tokens, hit.first, DOER_WINDOW, from)] as Token).start;
  const named = mentionsIn(doc, windowStart, endOff).filter(
    (m) =>
      m.actor !== speaker &&
      m.start < wrongTok.start &&
      !speaks(tokens, m.end) &&
      !ownsHarm(doc.text, tokens, m.end, hit.first) &&
      // "the investigation into X a witch hunt": the act's target is not its doer
      !harmVictim(tokens, m.start),
  );
  const before = possibleDoers(tokens, named, hit.first, (m) => afterPreposition(doc, m, windowStart));
  const patient = before.at(-1);
  if (!agent && patient && sufferedWrong(doc.text, tokens, patient.end, hit.first)) return;
  const condemned =
    condemnationsIn(tokens, hit.first, hit.last + 1).length > 0 ||
    criticismWrongsIn(tokens, hit.first, to, doc).some((m) => m.first === hit.first);
  // "Is this a witch hunt?": a condemnation asked is not asserted
  if (condemned && doc.text.slice(wrongTok.end, Math.min(doc.text.length, endOff + 2)).includes("?")) return;
  // "the investigation into X [is] a sham": a condemned act accuses its doer as the story tells it
  const act = condemned && !agent && !patient ? actNounAt(tokens, from, hit.first) : -1;
  const accused =
    agent ??
    patient?.actor ??
    (patient ? null : epithetOf(doc, tokens, hit, from, to, speaker)) ??
    (act >= 0 ? actDoer(doc, tokens, act, [speaker]) : null) ??
    (addressee && !patient && toldOfYou(tokens, from, hit.first) ? addressee : null) ??
    clauseSubject(doc, tokens, from, hit.first, (m) => m.actor === speaker || speaks(tokens, m.end)) ??
    // '"He ignores the law," Durbin said': in a quotation "he" is someone other than the speaker
    (quoted ? quotedPronounDoer(doc, tokens, from, hit.first, speaker) : null) ??
    // '"It cherry-picked ...," Fallon said' of the AP report: "it" is the one body just named
    (quoted ? quotedBodyDoer(doc, tokens, from, hit.first, speaker) : null) ??
    // "believe the crown prince ordered ..." of Crown Prince Mohammad bin Salman: a title one actor bears
    describedDoer(doc, tokens, from, hit.first, speaker);
  if (!accused) return;
  // "X accepted responsibility for ...": an admission between the doer (or the content's start) and the wrong
  if (!agent && admits(tokens, before.at(-1)?.end ?? startOff, hit.first)) return;
  // a quote of several sentences: the evidence is the sentence that tells the wrong
  const told = doc.sentences[wrongTok.sentence] ?? { start: startOff, end: endOff };
  const start = Math.max(startOff, told.start);
  const evidence: Span = { start, end: Math.min(endOff, told.end, Math.max(wrongTok.end, start + 60) + 60) };
  addAccusation(doc, tokens, {
    accuser: speaker,
    accused: agent ? agents : [accused],
    allegation: { start: startOff, end: endOff },
    evidence,
  });
}

/** Tokens that may stand between a damning epithet and the name it qualifies: "the "phony" and "nasty" Harris". */
const EPITHET_GLUE = new Set([",", "and"]);
const EPITHET_REACH = 6;
/** Kinds a name must be of for an epithet before it to accuse it: "illegal immigrants" describes, it does not accuse. */
const NAMED_KINDS = new Set(["person", "organization", "country", "media"]);

/**
 * "the corrupt Commission refuses ...", "these arrogant ministers": a wrong
 * said as an epithet of the name right after it (over only quotes, commas,
 * "and" and further wrongs) accuses that name, when it is a named actor.
 */
function epithetOf(
  doc: Doc,
  tokens: Token[],
  hit: { first: number; last: number },
  contentFrom: number,
  to: number,
  speaker: string,
): string | null {
  // "in support of Sanders", "attacks on Clinton": a name after a preposition is the wrong's object
  if (PREPOSITIONS.has((tokens[hit.last] as Token).lower) || !opensPhrase(doc, tokens, hit.first, contentFrom))
    return null;
  const from = hit.last + 1;
  const end = Math.min(to, from + EPITHET_REACH);
  if (from >= end) return null;
  const m = mentionsIn(doc, (tokens[from] as Token).start, (tokens[end - 1] as Token).end)[0];
  if (!m || m.actor === speaker || m.demonym) return null;
  if (!NAMED_KINDS.has(actorKind(doc, m.actor) ?? "")) return null;
  // "brand you a liar and NBC will ...": the name must follow a wrong, not a comma or "and" after one
  let joined = false;
  for (let k = from; k < end && (tokens[k] as Token).start < m.start; k++) {
    const w = (tokens[k] as Token).lower;
    if (QUOTE_MARKS.has(w)) continue;
    if (EPITHET_GLUE.has(w)) {
      joined = true;
      continue;
    }
    const next = firstWrong(tokens, k, k + 1, doc);
    if (!next) return null;
    k = next.last;
    joined = false;
  }
  return joined ? null : m.actor;
}

const DETERMINERS = new Set([
  "the",
  "this",
  "these",
  "that",
  "those",
  "a",
  "an",
  "his",
  "her",
  "their",
  "our",
  "its",
  "your",
  "my",
]);

/**
 * The epithet at token `first` opens a noun phrase: after a determiner ("the
 * corrupt X", "these arrogant X") or at the content's start, or capitalised
 * as a nickname ("they control Crooked X"); not a noun after a verb or a
 * preposition ("in the face of terror America ...").
 */
function opensPhrase(doc: Doc, tokens: Token[], first: number, contentFrom: number): boolean {
  let k = first - 1;
  while (k >= contentFrom && QUOTE_MARKS.has((tokens[k] as Token).lower)) k--;
  if (k < contentFrom) return true;
  return (
    DETERMINERS.has((tokens[k] as Token).lower) || /^\p{Lu}/u.test(doc.text.charAt((tokens[first] as Token).start))
  );
}

/** "..., according to X" and "...,' X said." with the speaker after the words. */
export function trailingAccusations(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.lower !== "according" || tokens[i + 1]?.lower !== "to") continue;
    const next = tokens[i + 2];
    if (!next) return;
    const speaker = mentionsIn(doc, next.start, sentence.end)[0]?.actor;
    if (!speaker) return;
    let end = i;
    while (end > from && (tokens[end - 1] as Token).punct) end--;
    let start = from;
    while (start < end && (tokens[start] as Token).punct) start++;
    accuseFromContent(doc, tokens, speaker, start, end);
    return;
  }
}

/**
 * The claims stage's findings, read for accusations. A claim whose cue follows
 * a document ("The motion claims ...") is its author's: `author` names the
 * speaker from the cue's token index and the claims stage's speaker, or gives null.
 */
export function claimAccusations(
  doc: Doc,
  tokens: Token[],
  author: (cue: number, speaker: string | null) => string | null,
): void {
  for (const c of doc.claims) {
    const speaker = author(tokenIndexAt(tokens, c.cue.start), c.speaker);
    if (!speaker) continue;
    const addressee = cueAddressee(doc, tokens, c.cue, speaker);
    // a quote of several sentences is read sentence by sentence: a first sentence that accuses
    // no one ("Al-Aqsa is attacked") does not hide a wrong told in the next ("X is behaving like a bully")
    const to = tokenIndexAt(tokens, c.content.end);
    let from = tokenIndexAt(tokens, c.content.start);
    while (from < to) {
      const sentence = (tokens[from] as Token).sentence;
      let end = from + 1;
      while (end < to && (tokens[end] as Token).sentence === sentence) end++;
      accuseEachWrong(doc, tokens, speaker, from, end, addressee, c.kind === "direct");
      from = end;
    }
  }
}

const NEXT_CLAUSE = new Set([",", ";", "and", "but", "while", "whereas"]);
const MAX_WRONGS = 3;

/**
 * Each wrong of one sentence of content in turn, the next read from the clause
 * after the last: "priests abused children and the hierarchy covered it up"
 * accuses the priests and the hierarchy.
 */
function accuseEachWrong(
  doc: Doc,
  tokens: Token[],
  speaker: string,
  from: number,
  to: number,
  addressee: string | null,
  quoted: boolean,
): void {
  let k = from;
  for (let n = 0; n < MAX_WRONGS && k < to; n++) {
    // a later clause reads only with its own subject: not "flies fighters and cargo to Syria in support of ..."
    const hit = firstWrong(tokens, k, to, doc);
    if (!hit) return;
    if (n > 0 && !(opensOnActor(doc, tokens, k, to) && toldAsVerb(tokens, hit.first))) return;
    accuseFromContent(doc, tokens, speaker, k, to, addressee, quoted);
    k = hit.last + 1;
    while (k < to && !NEXT_CLAUSE.has((tokens[k] as Token).lower)) k++;
    k++;
  }
}

const LEAD = 3;
const PREPOSITIONS = new Set(["to", "of", "for", "in", "on", "with", "from", "against", "at", "by", "into", "over"]);

/** The clause at token `k` opens on an actor within its first words, no preposition before it ("how the Church ..."). */
function opensOnActor(doc: Doc, tokens: Token[], k: number, to: number): boolean {
  const first = tokens[k];
  if (!first) return false;
  const m = mentionsIn(doc, first.start, (tokens[to - 1] as Token).end)[0];
  if (!m) return false;
  const at = tokenIndexAt(tokens, m.start);
  if (at - k > LEAD) return false;
  for (let i = k; i < at; i++) if (PREPOSITIONS.has((tokens[i] as Token).lower)) return false;
  return true;
}

const AUXILIARIES = new Set(["has", "had", "have", "was", "were", "is", "are", "been", "did"]);
const IRREGULAR_PASTS = new Set([
  "broke",
  "shot",
  "stole",
  "hid",
  "sold",
  "misled",
  "fled",
  "struck",
  "sought",
  "took",
]);

/** The wrong is told as a finite verb ("covered it up", "had lied"), not a noun ("the SolarWinds hack"). */
function toldAsVerb(tokens: Token[], wrong: number): boolean {
  const w = (tokens[wrong] as Token).lower;
  return w.endsWith("ed") || IRREGULAR_PASTS.has(w) || AUXILIARIES.has(tokens[wrong - 1]?.lower ?? "");
}
