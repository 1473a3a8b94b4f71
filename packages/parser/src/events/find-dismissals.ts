import lexicon from "../../data/denial-cues.json";
import type { Doc } from "../doc.js";
import { closelyTied, mentionsIn, sameSide, subjectBefore } from "./actor-roles.js";
import { addDenial } from "./add-denial.js";
import { isPassive } from "./clause-words.js";
import { CueSet, compilePattern } from "./cue-patterns.js";
import { dismissivePhrases } from "./dismissive-phrases.js";
import { misreadWords } from "./misread-words.js";
import { negatedAccounts } from "./negated-accounts.js";
import { passivelyAccused, toldAnyone } from "./passive-accused.js";
import { rebutsClaimAbout } from "./rebutted-claim.js";
import { reportDismissals } from "./report-dismissals.js";
import { selfLabels } from "./self-labels.js";
import { docTokens, sentenceRange, type Token, tokenIndexAt } from "./tokens.js";
import { wrongAccusers } from "./wrong-accusers.js";

// '"It is a propaganda stunt that no-one takes seriously," Hook said' after
// Iran issued warrants against Trump: a speaker waving an allegation away in
// their own words. Words alone cannot say what is waved away, so this runs
// once accusations and responses are known (from the link stage) and counts
// only when someone on another side accused or acted against the speaker's
// side before these words.

const dismissals = new CueSet<true>(
  [lexicon.dismissals, ...lexicon.dismissalPhrases].map((c) => compilePattern(c, true)),
);
const labels = new CueSet<true>([compilePattern(lexicon.dismissiveLabels, true)]);
const NEGATORS = new Set(lexicon.negators);
const liars = new CueSet<true>([compilePattern(lexicon.liars, true)]);
/** The value says whether the pattern ends on an adjective, which must be predicative ("was fine", not "fine people"). */
const ownAccount = new CueSet<boolean>(lexicon.ownAccount.map((c, i) => compilePattern(c, i === 0)));
const HOSTILE = new Set(lexicon.hostileActs);
/** The value says whether the noun is an allegation by itself (true) or a report that may be about anything. */
const dismissedClaims = new CueSet<boolean>([
  ...lexicon.dismissedClaims.map((c) => compilePattern(c.replace("NOUN", lexicon.accusingNouns), true)),
  ...lexicon.dismissedClaims.map((c) => compilePattern(c.replace("NOUN", lexicon.reportNouns), false)),
]);
/** What may stand before the dismissed noun as its determiner: "the charges", "these allegations", "all claims". */
const NOUN_OPENERS = new Set([
  "the",
  "these",
  "those",
  "such",
  "all",
  "any",
  "this",
  "that",
  "his",
  "her",
  "their",
  "its",
  "my",
  "our",
  "your",
  "latest",
  "new",
  "recent",
]);
/** Words that make the be-form belong to a clause inside the noun phrase: "claims that it was false". */
const CLAUSE_OPENERS = new Set(["that", "which", "who", "whether", "if"]);
const OPENS = new Set([".", "!", "?", '"', "“", ";", ":"]);

export function findDismissals(doc: Doc): void {
  const tokens = docTokens(doc);
  // first, so that an accusation it shows to be a misread dismissal is no context for the others
  const answered = (speaker: string, before: number) =>
    actedAgainst(doc, speaker, before) || accusedItself(doc, speaker, before) || passivelyAccused(doc, speaker, before);
  reportDismissals(doc, answered);
  for (const c of doc.claims) {
    const speaker = c.speaker;
    if (!speaker || c.kind === "indirect") continue;
    const from = tokenIndexAt(tokens, c.content.start);
    const to = tokenIndexAt(tokens, c.content.end);
    // the label must open a sentence of the quote: "It is ...", not "... said it is"
    // ("No, it is not true": after a sentence's opening "No,")
    const m = dismissals.firstMatch(
      tokens,
      from,
      to,
      (x) =>
        (x.first === from || opens(tokens[x.first - 1]) || afterNo(tokens, x.first, from)) && !lamented(tokens, x.last),
    );
    // "Those who want to link the attack to Iran are lying": whom the liars blame is named in their clause
    const liar = m ? undefined : liars.firstMatch(tokens, from, to);
    const found = m ?? liar;
    if (!found) continue;
    const head = tokens[found.first] as Token;
    const last = tokens[found.last] as Token;
    const blamed = !!liar && mentionsIn(doc, head.end, last.start).some((x) => sameSide(doc, x.actor, speaker));
    if (
      !blamed &&
      !actedAgainst(doc, speaker, c.content.start) &&
      !passivelyAccused(doc, speaker, c.content.start) &&
      !(m && rebutsClaimAbout(doc, speaker, c))
    )
      continue;
    const sentence = doc.sentences.find((s) => s.start <= head.start && head.start < s.end);
    const end = Math.min(c.content.end, sentence?.end ?? c.content.end, last.end + 60);
    const evidence = { start: head.start, end };
    addDenial(doc, speaker, null, evidence);
  }
  dismissedAllegations(doc, tokens);
  labelledDismissals(doc, tokens);
  ownAccounts(doc, tokens);
  misreadWords(doc, tokens);
  dismissivePhrases(doc, tokens, answered);
  negatedAccounts(doc, tokens);
  wrongAccusers(doc, tokens);
  selfLabels(doc, tokens);
  doc.denials.sort((a, b) => a.evidence.start - b.evidence.start);
}

/**
 * "Varga said the charges were baseless", '"These allegations are false," the
 * ministry said': a claim whose subject is the allegation and whose predicate
 * waves it away is the speaker's denial of it, reported or quoted. A report or
 * story said to be false is denied only by a side accused or acted against
 * before ("police said reports of a second gunman were false" denies nothing).
 */
function dismissedAllegations(doc: Doc, tokens: Token[]): void {
  for (const c of doc.claims) {
    const speaker = c.speaker;
    if (!speaker) continue;
    const from = tokenIndexAt(tokens, c.content.start);
    const to = tokenIndexAt(tokens, c.content.end);
    const m = dismissedClaims
      .matchAll(tokens, from, to)
      .find((x) => subjectNoun(tokens, x.first, from) && plainPredicate(tokens, x.first, x.last));
    if (!m) continue;
    const head = tokens[m.first] as Token;
    const last = tokens[m.last] as Token;
    if (
      !m.pattern.value &&
      !actedAgainst(doc, speaker, c.content.start) &&
      !accusedItself(doc, speaker, c.content.start) &&
      !passivelyAccused(doc, speaker, c.content.start)
    )
      continue;
    // the reporting clause before the content belongs to the denial: "Varga said the charges were baseless"
    const sentence = doc.sentences.find((s) => s.start <= head.start && head.start < s.end);
    const source = c.source;
    const near =
      source && sentence && source.start >= sentence.start && source.end <= head.start && head.start - source.end < 80;
    const opener = tokens[m.first - 1];
    const start = near ? source.start : opener && NOUN_OPENERS.has(opener.lower) ? opener.start : head.start;
    addDenial(doc, speaker, { start: head.start, end: last.end }, { start, end: last.end });
  }
}

/**
 * The noun is the subject: it opens the claim's content or a clause after a
 * comma, behind determiners and at most one modifier ("the fraud charges").
 */
function subjectNoun(tokens: Token[], i: number, from: number): boolean {
  let modifiers = 0;
  for (let k = i - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    if (t.punct) return t.lower === "," || OPENS.has(t.lower);
    if (NOUN_OPENERS.has(t.lower)) continue;
    if (++modifiers > 1) return false;
  }
  return true;
}

/** No clause opens and no negator stands between the noun and the dismissive word ("were not baseless"). */
function plainPredicate(tokens: Token[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) {
    const w = (tokens[k] as Token).lower;
    if (CLAUSE_OPENERS.has(w) || NEGATORS.has(w)) return false;
  }
  return true;
}

/** "Moscow called it a stunt", "dismissed the probe as a witch hunt": the subject labels what was aimed at its side. */
function labelledDismissals(doc: Doc, tokens: Token[]): void {
  doc.sentences.forEach((sentence, s) => {
    const [from, to] = sentenceRange(tokens, s);
    for (const m of labels.matchAll(tokens, from, to)) {
      const head = tokens[m.first] as Token;
      const last = tokens[m.last] as Token;
      if (isPassive(tokens, m.first, from)) continue;
      let negated = false;
      for (let k = m.first - 1; k >= from && k >= m.first - 3; k--)
        negated ||= NEGATORS.has((tokens[k] as Token).lower);
      if (negated) continue;
      const subject = labelSubject(doc, tokens, sentence.start, from, head.start);
      if (!subject) continue;
      // "called the Democrats' investigation a witch hunt": an inquiry aimed at the subject, whoever runs it
      const inquiry = tokens.slice(m.first + 1, m.last).some((t) => INQUIRIES.has(t.lower));
      const aimed = inquiry
        ? accusedItself(doc, subject.actor, doc.text.length) || inquiryInto(doc, tokens, subject.actor)
        : actedAgainst(doc, subject.actor, head.start);
      if (!aimed) continue;
      // the label names no one on another side: "called Iran's claims propaganda" is the label finders' case
      if (!inquiry && mentionsIn(doc, head.end, last.start).some((x) => !sameSide(doc, x.actor, subject.actor)))
        continue;
      const start = head.start - subject.end < 60 ? Math.min(subject.start, head.start) : head.start;
      const evidence = { start, end: last.end };
      addDenial(doc, subject.actor, null, evidence);
    }
  });
}

const INQUIRIES = new Set(lexicon.inquiryNouns);
const INQUIRY_LINKS = new Set(lexicon.inquiryLinks);

/**
 * "the impeachment investigation into President Donald Trump": the story names
 * an inquiry aimed at the actor, whether or not it was found as a response
 * (an act told only as supposed, "if the House votes to impeach", is none).
 */
function inquiryInto(doc: Doc, tokens: Token[], actor: string): boolean {
  return doc.mentions.some((m) => {
    if (m.actor !== actor) return false;
    let k = tokenIndexAt(tokens, m.start) - 1;
    // a title before the name: "into President Donald Trump"
    for (let skip = 0; skip < 2 && capitalised(doc, tokens[k]); skip++) k--;
    return INQUIRY_LINKS.has(tokens[k]?.lower ?? "") && INQUIRIES.has(tokens[k - 1]?.lower ?? "");
  });
}

function capitalised(doc: Doc, t: Token | undefined): boolean {
  if (!t || t.punct) return false;
  const c = doc.text[t.start] ?? "";
  return c !== c.toLowerCase();
}
const PHRASE_OPENER = /\b(?:via|through|to|from|with|on|in|at|of|for|by)\s+(?:the\s+)?$/i;

/**
 * The subject of a label's verb; a name closing a phrase after a preposition
 * ("Trump, responding to Pelosi's announcement via Twitter, attacked ...") is
 * not it, and the sentence's first actor is taken instead.
 */
function labelSubject(doc: Doc, tokens: Token[], sentenceStart: number, from: number, pos: number) {
  const subject = subjectBefore(doc, sentenceStart, pos);
  if (!subject) return null;
  const before = doc.text.slice(Math.max(sentenceStart, subject.start - 20), subject.start);
  if (!PHRASE_OPENER.test(before)) return subject;
  const first = mentionsIn(doc, sentenceStart, pos)[0];
  return first && first.start === (tokens[from] as Token).start ? first : null;
}

/**
 * "Quirin claimed sex had been consensual", "his legal team argued he simply
 * represented his client": after an accusation of, or a hostile act against,
 * the speaker's side, the speaker's own account calling the act innocent,
 * lawful or ordinary denies it. Reported speech counts too: the account is the
 * speaker's whether quoted or not.
 */
function ownAccounts(doc: Doc, tokens: Token[]): void {
  for (const c of doc.claims) {
    const speaker = c.speaker;
    if (!speaker) continue;
    const from = tokenIndexAt(tokens, c.content.start);
    const to = tokenIndexAt(tokens, c.content.end);
    const m = ownAccount
      .matchAll(tokens, from, to)
      .find(
        (x) =>
          !negatedWithin(tokens, x.first - 2, x.last) &&
          (!x.pattern.value || (predicative(tokens, x.last + 1) && !modalBefore(tokens, x.first))),
      );
    if (!m) continue;
    const answers =
      actedAgainst(doc, speaker, c.content.start) ||
      accusedItself(doc, speaker, doc.text.length) ||
      passivelyAccused(doc, speaker, c.content.start) ||
      (defenceOf(doc, speaker) && someoneAccused(doc, c.content.start)) ||
      accusedSubject(doc, tokens, from, m.first, speaker, c.content.start);
    if (!answers) continue;
    const head = tokens[m.first] as Token;
    const last = tokens[m.last] as Token;
    const sentence = doc.sentences.find((s) => s.start <= head.start && head.start < s.end);
    // the account's own sentence of a longer quote, up to the innocent word
    const evidence = { start: Math.max(c.content.start, sentence?.start ?? 0), end: last.end };
    addDenial(doc, speaker, null, evidence);
  }
}

/**
 * The speaker, or one acting for it or for whom it acts, was accused or acted
 * against before `before` by anyone else: a domestic accuser ("a jury convicted
 * Avenatti", "the court found the Prime Minister's advice unlawful") is on no
 * other side, but the accused answers it all the same.
 */
function accusedItself(doc: Doc, speaker: string, before: number): boolean {
  const mine = (xs: string[]) => xs.some((x) => closelyTied(doc, x, speaker));
  return (
    doc.accusations.some((a) => a.evidence.start < before && a.accuser !== speaker && mine(a.accused)) ||
    doc.responses.some(
      (r) => r.evidence.start < before && HOSTILE.has(r.type) && r.actor !== speaker && mine(r.targets),
    )
  );
}

const CLIENTS = new Set(lexicon.clientNouns);

/**
 * "Hicks said Lewandowski is innocent", "she said her client had done nothing
 * wrong": the account is of another, accused before, who is the subject of the
 * claim's content; the speaker denies for them.
 */
function accusedSubject(
  doc: Doc,
  tokens: Token[],
  from: number,
  cue: number,
  speaker: string,
  before: number,
): boolean {
  const first = tokens[from];
  if (!first) return false;
  // "her client", "my son": a possessive and a client noun open the content
  if (CLIENTS.has(tokens[from + 1]?.lower ?? "") && POSSESSIVE_OPENERS.has(first.lower))
    return someoneAccused(doc, before) || toldAnyone(doc, before);
  const m = mentionsIn(doc, first.start, (tokens[cue] as Token).start)[0];
  if (!m || m.start !== first.start || m.actor === speaker) return false;
  return accusedItself(doc, m.actor, before) || passivelyAccused(doc, m.actor, before);
}
const POSSESSIVE_OPENERS = new Set(["his", "her", "my", "our", "their"]);

const DEFENCE = lexicon.defenceSpeakers.map((p) => ` ${p} `);

/** "his lawyers", "the defence team": counsel speak for their client, whoever the story accuses. */
function defenceOf(doc: Doc, speaker: string): boolean {
  const a = doc.actors.find((x) => x.id === speaker);
  return !!a && [a.name, ...a.aliases].some((n) => DEFENCE.some((p) => ` ${n.toLowerCase()} `.endsWith(p)));
}

/** Someone was accused, or acted against by a legal act, before `before`. */
function someoneAccused(doc: Doc, before: number): boolean {
  return (
    doc.accusations.some((a) => a.evidence.start < before) ||
    doc.responses.some((r) => r.evidence.start < before && r.type === "legal_action")
  );
}

/** "were very fine people" names people; "was fine", "is legal and necessary", "was lawful under" say what the act was. */
function predicative(tokens: Token[], next: number): boolean {
  const t = tokens[next];
  // the sentence's last word: its full stop is no token
  return !t || t.sentence !== (tokens[next - 1] as Token).sentence || t.punct || PREDICATE_FOLLOWERS.has(t.lower);
}
const PREDICATE_FOLLOWERS = new Set([
  "and",
  "or",
  "but",
  "under",
  "in",
  "because",
  "since",
  "as",
  "to",
  "by",
  "at",
  "with",
  "of",
]);

const ACCOUNT_MODALS = new Set(lexicon.accountModals);

/** "should be legal", "would have been fine": a modal before the be-form at `be` (past one "have"). */
function modalBefore(tokens: Token[], be: number): boolean {
  let k = be - 1;
  if (tokens[k]?.lower === "have") k--;
  return ACCOUNT_MODALS.has(tokens[k]?.lower ?? "");
}

/** A negator among tokens [from, to]: "was not legal", "had never been consensual". */
function negatedWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k <= to; k++) if (NEGATORS.has((tokens[k] as Token).lower)) return true;
  return false;
}

const LAMENTS = new Set(lexicon.lamentingLabels);

/**
 * "It is absurd that you had 400 Democrats on board": an evaluative label
 * before a "that" clause judges what the clause tells as a fact, so it waves
 * nothing away ("It is a lie that I was there" still denies).
 */
function lamented(tokens: Token[], last: number): boolean {
  return LAMENTS.has((tokens[last] as Token).lower) && tokens[last + 1]?.lower === "that";
}

/** Token i follows a quote's opening "No," ("No, it is not true"). */
function afterNo(tokens: Token[], i: number, from: number): boolean {
  const no = i - 2;
  return (
    no >= from && tokens[i - 1]?.lower === "," && tokens[no]?.lower === "no" && (no === from || opens(tokens[no - 1]))
  );
}

function opens(t: Token | undefined): boolean {
  return !!t && OPENS.has(t.lower);
}

function actedAgainst(doc: Doc, speaker: string, before: number): boolean {
  const other = (x: string) => !sameSide(doc, x, speaker);
  const mine = (xs: string[]) => xs.some((x) => sameSide(doc, x, speaker));
  return (
    doc.accusations.some((a) => a.evidence.start < before && other(a.accuser) && mine(a.accused)) ||
    doc.responses.some((r) => r.evidence.start < before && HOSTILE.has(r.type) && other(r.actor) && mine(r.targets))
  );
}
