import { actorKind } from "../actors/actor-at.js";
import type { ActorKind, Mention, Span } from "../model.js";
import { actorEndingWith } from "./actor-by-name.js";
import { asideChainSubject } from "./aside-chain.js";
import { adjectiveAuthor } from "./author-adjective.js";
import { namedAuthor } from "./author-name.js";
import { bodyBefore } from "./body-before.js";
import type { ClaimContext } from "./context.js";
import { coordinatesSubjects } from "./coordinated-subject.js";
import { describedSubject } from "./described-subject.js";
import { groupPhraseStart } from "./group-phrase.js";
import {
  AUXILIARY_AFTER_RELATIVE,
  BETWEEN_SUBJECT_AND_CUE,
  CLAUSE_BOUNDARY,
  CUES,
  DETERMINERS,
  DOCUMENT_NOUNS,
  GROUP_ROLE_NOUNS,
  OFFICIAL_NOUNS,
  PAST_TENSE_VERBS,
  PERSON_PRONOUNS,
  PERSON_ROLE_NOUNS,
  PLURAL_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  PRONOUN_CONTRACTIONS,
  ROLE_NOUN_GENDER,
  SPOKES_NOUNS,
  SUBJECT_PRONOUNS,
  THING_PRONOUNS,
} from "./lexicon.js";
import { lastMentionOf, mentionBefore, mentionBeforeWhere, mentionsIn } from "./mentions-near.js";
import { personGender, pronounGenderOf } from "./person-gender.js";
import { quantifierGroup } from "./quantifier-subject.js";
import { descriptionRoleNouns, personBeforeDescription } from "./role-description.js";
import { type Token, tokenAt } from "./tokens.js";
import { unclosedApposition } from "./unclosed-apposition.js";

export interface Speaker {
  speaker: string | null;
  /** The speaker expression as written in this claim. */
  source: Span | null;
}

const NOBODY: Speaker = { speaker: null, source: null };
const MAX_NP = 12;
// how long a parenthesis between a name and its cue may be ("(D-Wis.)", "(R-S.C.)")
const PAREN_REACH = 8;
// how much of one sentence a look-back reads, so a huge sentence stays cheap
const SENTENCE_SCAN = 300;
const PERSON: ReadonlySet<ActorKind> = new Set(["person"]);
const BODY: ReadonlySet<ActorKind> = new Set(["organization", "media", "country", "group"]);
const ORG: ReadonlySet<ActorKind> = new Set(["organization", "media"]);
// what "they" may stand for: a country's name takes a singular verb ("Japan says"), so its
// speakers are "officials" or a body, not "they"
const PLURAL_REFERENTS: ReadonlySet<ActorKind> = new Set(["group", "organization", "media"]);
const COUNTRY: ReadonlySet<ActorKind> = new Set(["country"]);
const PP_HEADS = new Set(["to", "with", "at", "from", "in", "on", "for", "by", "about", "before", "into", "against"]);
const ADDRESSEE_MARKERS = new Set(["to", "with", "told", "interviewed"]);
const RELATIVES = new Set(["who", "which", "that"]);
const COORDINATORS = new Set(["and", "or", "but"]);
const PERFECT = new Set(["has", "have", "had"]);
const DEFINITE = new Set(["the", "this", "that"]);
// "many generals, including Ann Roe, said": a phrase of examples, not an apposition naming the subject
const EXAMPLE_OPENERS = new Set(["including", "such", "like", "among", "notably", "especially"]);

const word = (t: Token | undefined): t is Token => t !== undefined && t.kind === "word";
const isPossessive = (text: string, m: Mention) => /^['’]s?\b/.test(text.slice(m.end, m.end + 2));
// "Dunn's mother", "his father": a name or a pronoun that owns the head noun rather than heading it
const isOwner = (text: string, m: Mention) =>
  isPossessive(text, m) ||
  (m.end - m.start <= 5 && POSSESSIVE_DETERMINERS.has(text.slice(m.start, m.end).toLowerCase()));

/** Skips auxiliaries and adverbs that sit between a subject and its cue. */
export function skipBackOverAuxiliaries(tokens: Token[], from: number, floor: number): number {
  let j = from;
  while (j >= floor) {
    const t = tokens[j] as Token;
    if (t.kind !== "word" || t.upper) break;
    // "he has since said": "since" is an adverb after a perfect auxiliary, a conjunction elsewhere
    const sinceAfterPerfect = t.lower === "since" && j > floor && PERFECT.has((tokens[j - 1] as Token).lower);
    if (!BETWEEN_SUBJECT_AND_CUE.has(t.lower) && !(t.lower.endsWith("ly") && t.lower.length > 4) && !sinceAfterPerfect)
      break;
    j--;
  }
  return j;
}

/** Left edge of the noun phrase ending at token `j`. */
function npStart(ctx: ClaimContext, j: number, floor: number): number {
  const { tokens } = ctx;
  let k = j;
  while (k - 1 >= floor && j - k < MAX_NP) {
    const t = tokens[k - 1] as Token;
    if (t.kind !== "word") {
      // keep a hyphen or ampersand inside a name; stop at other punctuation
      if (t.lower !== "-" && t.lower !== "&") break;
    } else if (CLAUSE_BOUNDARY.has(t.lower)) {
      // "the EU and the U.K." coordinates names; "... and said" starts a clause
      const left = tokens[k - 2];
      // "The CIA and other intelligence agencies": a name coordinated with a description of its kind
      const next = tokens[k] as Token;
      const coordinatesNames =
        (t.lower === "and" || t.lower === "or") &&
        left !== undefined &&
        left.upper &&
        (next.upper || next.lower === "other" || next.lower === "others" || next.lower === "several");
      if (!coordinatesNames && !coordinatesSubjects(ctx, k - 1)) {
        const described = coordinatedRoleStart(tokens, k - 1, j);
        if (described >= floor) return described;
        break;
      }
    }
    k--;
  }
  return k;
}

// how many words a description may hold before the first of two coordinated roles
const ROLE_LEAD = 4;

/**
 * "the Florida senator and Republican presidential candidate": two role nouns of one person
 * joined by the "and" at `and`, the phrase opening with "the"; the index of "the", else -1.
 */
function coordinatedRoleStart(tokens: Token[], and: number, j: number): number {
  const left = tokens[and - 1];
  const right = tokens[and + 1];
  if ((tokens[and] as Token).lower !== "and" || !left || !right || left.upper || DETERMINERS.has(right.lower))
    return -1;
  if (!PERSON_ROLE_NOUNS.has(left.lower) || !PERSON_ROLE_NOUNS.has((tokens[j] as Token).lower)) return -1;
  for (let i = and - 2; i >= 0 && and - i <= ROLE_LEAD + 1; i--) {
    const t = tokens[i] as Token;
    if (t.kind !== "word" || CLAUSE_BOUNDARY.has(t.lower)) return -1;
    if (DEFINITE.has(t.lower)) return i;
  }
  return -1;
}

/** The mention follows a preposition (and perhaps a determiner) inside the phrase that starts at `k`. */
function insidePrepositionalPhrase(ctx: ClaimContext, m: Mention, k: number): boolean {
  let i = tokenAt(ctx.tokens, m.start) - 1;
  if (i >= k && DETERMINERS.has((ctx.tokens[i] as Token).lower)) i--;
  return i >= k && PP_HEADS.has((ctx.tokens[i] as Token).lower);
}

/** Resolves the noun phrase between tokens `k` and `j` (inclusive) to an actor. */
export function resolveNounPhrase(ctx: ClaimContext, k: number, j: number): Speaker {
  const { tokens, text } = ctx;
  const source = { start: (tokens[k] as Token).start, end: (tokens[j] as Token).end };
  const inside = mentionsIn(ctx.mentions, source);
  // "the Florida senator and Republican presidential candidate": two roles of one person, whatever
  // the names that only modify them say (one role beside a name, "the Ohio governor", is left to
  // the name: the person closest before is as often someone else)
  const roles = descriptionRoleNouns(ctx, k, j, inside);
  if (roles && roles.length > 1 && inside.length > 0) {
    const holder = titledPerson(ctx, k, j, roles) ?? describedPerson(ctx, k);
    if (holder) return { speaker: holder, source };
  }
  // bare "officials" speak for the country their sentence is about
  const lastTok = tokens[j] as Token;
  if (OFFICIAL_NOUNS.has(lastTok.lower) && !lastTok.upper && j - k <= 1 && !(tokens[k] as Token).upper) {
    const country = mentionBefore(ctx.mentions, source.start, COUNTRY);
    if (country && ctx.sentenceOf[k] === sentenceOfOffset(ctx, country.start))
      return { speaker: country.actor, source };
  }
  if (k === j && inside.length === 1 && PERSON_PRONOUNS.has(pronounOf((tokens[j] as Token).lower))) {
    const actor = (inside[0] as Mention).actor;
    if (actor && plausibleSpeaker(ctx, actor, j)) return { speaker: previousSubjectOver(ctx, j, actor), source };
    return { speaker: resolvePronoun(ctx, j), source };
  }
  if (inside.length > 0) {
    // "Steve Peers of the University of Essex": the head comes before "of"
    let of = -1;
    for (let i = k; i <= j && of < 0; i++) if ((tokens[i] as Token).lower === "of") of = (tokens[i] as Token).start;
    // ... and "Supporters of Ann Roe": a group before "of" is the head, whose it is its complement
    const beforeOf =
      of < 0
        ? []
        : inside.filter((m) => m.end <= of && (m.kind === "person" || m.kind === "group") && !isPossessive(text, m));
    // a name inside a prepositional phrase ("speaking to the Atlantic Council") is not the head
    const free = inside.filter((m) => !isPossessive(text, m) && !insidePrepositionalPhrase(ctx, m, k));
    // "Johnson's critics", "Critics from across Britain's political spectrum": every name only
    // modifies or complements the head noun; an actor the article names by that noun speaks
    if (beforeOf.length === 0 && inside.every((m) => isPossessive(text, m))) {
      const named = commonHeadActor(ctx, k, j, inside, source.start);
      if (named) return { speaker: named, source };
    }
    // "RIAA's DMCA notice alleged", "Trump's statement read": a document speaks for the one who owns it
    const last = tokens[j] as Token;
    const named = inside.some((m) => m.start <= last.start && m.end >= last.end);
    if (beforeOf.length === 0 && !named && DOCUMENT_NOUNS.has(last.lower)) {
      const owner = inside.filter((m) => isOwner(text, m) && m.actor !== null).pop();
      if (owner) return { speaker: owner.actor, source };
    }
    const heads =
      beforeOf.length > 0 ? beforeOf : free.length > 0 ? free : inside.filter((m) => !isPossessive(text, m));
    let coordinated = false;
    for (let i = k; i <= j; i++) if ((tokens[i] as Token).lower === "and") coordinated = true;
    const pool = heads.length > 0 ? heads : inside;
    // the widest mention wins over one nested in it ("U.S. intelligence agencies" over "U.S.")
    let m = pool[0] as Mention;
    for (const x of pool) {
      const later = coordinated ? x.start < m.start : x.end > m.end;
      if (later || (x.start <= m.start && x.end >= m.end && x.end - x.start > m.end - m.start)) m = x;
    }
    // "U.S. intelligence agencies": the name only modifies a body the article names elsewhere
    // (not "Ann Lee of the Labour Party": there the name is the head and the body its complement)
    // ("Ann Lee and others in the Harbor Party" coordinates the name with a group the body holds)
    const head = tokens[j] as Token;
    if (
      !coordinated &&
      m.end <= head.start &&
      (of < 0 || of < m.start) &&
      (GROUP_ROLE_NOUNS.has(head.lower) || OFFICIAL_NOUNS.has(head.lower))
    )
      for (let i = j; i >= k && (tokens[i] as Token).start >= m.end; i--) {
        const t = tokens[i] as Token;
        const body = actorEndingWith(ctx, text.slice(t.start, t.end), source.start, ORG);
        if (body) return { speaker: body, source };
      }
    return { speaker: m.actor, source };
  }
  const head = tokens[j] as Token;
  if (k === j && isPronoun(head.lower)) return { speaker: resolvePronoun(ctx, j), source };
  // "a spokesperson said": the body the article is about speaks
  if (SPOKES_NOUNS.has(head.lower)) {
    // "The statement also said" after "X, in a statement, announced": the author set beside it
    const author = DOCUMENT_NOUNS.has(head.lower) ? introducedAuthor(ctx, j) : null;
    if (author) return { speaker: author, source };
    const body = bodyBefore(ctx, source.start, k, j) ?? mentionBefore(ctx.mentions, source.start, COUNTRY);
    return { speaker: body?.actor ?? null, source };
  }
  if (DOCUMENT_NOUNS.has(head.lower) || (k < j && DOCUMENT_NOUNS.has((tokens[k + 1] as Token).lower)))
    return { speaker: documentAuthor(ctx, j), source };
  // "a congressional report on Wednesday": a document noun an adjective gives its author, before a prepositional phrase
  const described = describedDocumentBeforePhrase(ctx, k, j);
  if (described) return { speaker: described, source };
  // a name or a body's head noun the entity stage left unlinked: "Director Rebic", "police"
  for (let i = j; i >= k; i--) {
    const t = tokens[i] as Token;
    if (t.kind !== "word" || (!t.upper && i !== j)) continue;
    const named = actorEndingWith(ctx, text.slice(t.start, t.end), source.start);
    if (named && !otherGroup(ctx, named, k, i)) return { speaker: named, source };
  }
  const definite = DETERMINERS.has((tokens[k] as Token).lower) && (tokens[k] as Token).lower !== "a";
  // "officials said", "authorities say": they speak for the country the sentence is about
  if (OFFICIAL_NOUNS.has(head.lower)) {
    const country = mentionBefore(ctx.mentions, source.start, COUNTRY);
    if (country && ctx.sentenceOf[k] === sentenceOfOffset(ctx, country.start))
      return { speaker: country.actor, source };
    // "a government official said" after the sentence that names the state: the government
    // is that state's, wherever it was last named
    if (country && k < j && (tokens[j - 1] as Token).lower === "government") return { speaker: country.actor, source };
  }
  // "the archbishop said", "the president vowed": the person the article titled so
  const titled = definite ? titledPerson(ctx, k, j, roles ?? undefined) : null;
  if (titled) return { speaker: titled, source };
  // "the Republican presidential nominee for the Nov. 8 election": the role before the phrase
  const role = PERSON_ROLE_NOUNS.has(head.lower) ? head.lower : roles?.at(-1);
  if (definite && role) {
    const wants = ROLE_NOUN_GENDER.get(role);
    if (wants) {
      const person = personOfGender(ctx, source.start, wants);
      return { speaker: person && previousSubjectOver(ctx, k, person, undefined, wants), source };
    }
    return { speaker: describedPerson(ctx, k), source };
  }
  if (definite && GROUP_ROLE_NOUNS.has(head.lower))
    return { speaker: bodyBefore(ctx, source.start, k, j)?.actor ?? null, source };
  return { speaker: null, source };
}

// "administration officials" is not "White House officials": a group found by its noun alone
// is another group when the phrase's own words before the noun are not the end of its name
function otherGroup(ctx: ClaimContext, id: string, k: number, head: number): boolean {
  const actor = ctx.doc.actors.find((a) => a.id === id);
  // (a group named by its noun alone may be anyone's: "company leaders" may be "the leaders")
  if (actor?.kind !== "group" || !actor.name.includes(" ")) return false;
  const words: string[] = [];
  for (let i = k; i < head; i++) {
    const w = (ctx.tokens[i] as Token).lower;
    if (!DETERMINERS.has(w) && !QUANTIFIERS.has(w) && !/^\d/.test(w)) words.push(w);
  }
  if (words.length === 0) return false;
  const phrase = `${words.join(" ")} ${(ctx.tokens[head] as Token).lower}`;
  return ![actor.name, ...actor.aliases].some((n) => n.toLowerCase().endsWith(phrase));
}
// words that say how many of a group, not which ("both officers", "some strategists")
const QUANTIFIERS = new Set([
  "both",
  "all",
  "some",
  "many",
  "several",
  "most",
  "few",
  "other",
  "these",
  "those",
  "two",
  "three",
  "four",
  "five",
]);

/**
 * The author an adjective names of the document noun in k..j that a prepositional phrase closing
 * the noun phrase follows ("a congressional report on Wednesday"); null if none. A document noun
 * without such an adjective there is left alone: "a lawsuit in 2013", "a note to investors"
 * name no author in their own words, and the body named before them is often not it.
 */
function describedDocumentBeforePhrase(ctx: ClaimContext, k: number, j: number): string | null {
  for (let i = k + 1; i < j; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.kind !== "word") return null;
    if (DOCUMENT_NOUNS.has(t.lower) && PP_HEADS.has(ctx.tokens[i + 1]?.lower ?? "")) return adjectiveAuthor(ctx, i);
  }
  return null;
}

// how many person mentions back a title is looked for
const TITLE_LOOKBACK = 40;
// title words that make someone other than the holder of the plain role ("Vice President", "former mayor")
const OTHER_HOLDER = /\b(?:vice|deputy|former|ex|assistant|acting|elect|outgoing|incoming)\b/i;

/**
 * The closest person before the phrase k..j whose title ends in its head noun ("the archbishop"
 * → the one titled "archbishop", "the president" → "President", not "President-elect" or
 * "Vice President") and holds each capitalised modifier ("the French president" is not the one
 * titled "President" of another state), or null when no one was titled so.
 */
function titledPerson(
  ctx: ClaimContext,
  k: number,
  j: number,
  nouns = [(ctx.tokens[j] as Token).lower],
): string | null {
  const { tokens } = ctx;
  if (nouns.every((noun) => noun.length < 3)) return null;
  const marks: string[] = [];
  const modifiers: string[] = [];
  for (let i = k + 1; i < j; i++) {
    modifiers.push((tokens[i] as Token).lower);
    if ((tokens[i] as Token).upper) marks.push((tokens[i] as Token).lower);
  }
  const holds = (title: string) => nouns.some((noun) => title === noun || title.endsWith(` ${noun}`));
  let at = (tokens[k] as Token).start;
  const seen = new Set<string>();
  for (let n = 0; n < TITLE_LOOKBACK; n++) {
    const m = mentionBefore(ctx.mentions, at, PERSON);
    if (!m) return null;
    at = m.start;
    if (!m.actor || seen.has(m.actor)) continue;
    seen.add(m.actor);
    const title = ctx.doc.actors.find((a) => a.id === m.actor)?.title?.toLowerCase();
    if (!title || OTHER_HOLDER.test(title) || !marks.every((w) => title.includes(w))) continue;
    // "the second official" after "a senior official said": an unnamed source is only the one
    // every modifier describes
    if (ctx.doc.unnamedSources?.has(m.actor) && !modifiers.every((w) => title.includes(w))) continue;
    if (holds(title)) return m.actor;
  }
  return null;
}

/** The person a role description at `k` most plausibly is: the closest one, or the subject they went on from. */
function describedPerson(ctx: ClaimContext, k: number): string | null {
  const m = personBeforeDescription(ctx, k);
  return m?.actor ? previousSubjectOver(ctx, k, m.actor, m) : null;
}

// how many people, and mentions of them, a gendered description ("the mother") may look back past
const GENDER_LOOKBACK = 4;
const GENDER_MENTION_LOOKBACK = 16;

/** The closest person before `offset` whose known gender does not clash with the description's. */
function personOfGender(ctx: ClaimContext, offset: number, wants: "m" | "f"): string | null {
  let at = offset;
  const passed = new Set<string>();
  for (let n = 0; n < GENDER_MENTION_LOOKBACK && passed.size < GENDER_LOOKBACK; n++) {
    const m = mentionBefore(ctx.mentions, at, PERSON);
    if (!m) return null;
    at = m.start;
    if (!m.actor || passed.has(m.actor)) continue;
    const has = personGender(ctx, m.actor);
    if (!has || has === wants) return m.actor;
    passed.add(m.actor);
  }
  return null;
}

/**
 * The actor named by the head noun of the phrase k..j (the last word before its
 * first preposition), when no mention covers that noun: "critics" in "Critics
 * from across Britain's political spectrum" is the article's critics, not Britain.
 */
function commonHeadActor(ctx: ClaimContext, k: number, j: number, inside: Mention[], offset: number): string | null {
  const { tokens, text } = ctx;
  let end = j;
  for (let i = k + 1; i <= j; i++)
    if (PP_HEADS.has((tokens[i] as Token).lower) || (tokens[i] as Token).lower === "of") {
      end = i - 1;
      break;
    }
  const h = tokens[end] as Token;
  if (h.kind !== "word" || inside.some((m) => m.start < h.end && m.end > h.start)) return null;
  return actorEndingWith(ctx, text.slice(h.start, h.end), offset);
}

function isPronoun(word: string): boolean {
  const w = pronounOf(word);
  return PERSON_PRONOUNS.has(w) || THING_PRONOUNS.has(w) || PLURAL_PRONOUNS.has(w);
}

/** "he's" is "he" with its auxiliary: the pronoun a contraction starts with. */
function pronounOf(word: string): string {
  return PRONOUN_CONTRACTIONS.has(word) ? word.slice(0, -2) : word;
}

/**
 * A person pronoun's actor must be a person, and not the one addressed in
 * the same sentence ("Speaking to Martin Smith of PBS, he said").
 */
function plausibleSpeaker(ctx: ClaimContext, actor: string, pronoun: number): boolean {
  const a = ctx.doc.actors.find((x) => x.id === actor);
  if (a && a.kind !== "person") return false;
  return !addressedBefore(ctx, actor, pronoun) && !lastNamedAside(ctx, actor, pronoun);
}

/**
 * '"... the code Peter Wolf wrote." He also said', "... since he was pardoned by Ann Roe. He
 * said": the actor was last named inside a quotation the pronoun stands outside of, or inside a
 * prepositional phrase, so the pronoun more likely points at the one quoted, or at the subject,
 * than at someone they spoke of.
 */
function lastNamedAside(ctx: ClaimContext, actor: string, pronoun: number): boolean {
  const m = lastMentionOf(ctx.mentions, actor, (ctx.tokens[pronoun] as Token).start);
  if (!m) return false;
  if (obliqueMention(ctx, m)) return true;
  return ctx.insideQuote[pronoun] === -1 && ctx.insideQuote[tokenAt(ctx.tokens, m.start)] !== -1;
}

function addressedBefore(ctx: ClaimContext, actor: string, pronoun: number): boolean {
  const s = ctx.sentenceOf[pronoun] as number;
  const first = ctx.tokens[ctx.sentenceFirst[s] as number] as Token;
  const span = { start: first.start, end: (ctx.tokens[pronoun] as Token).start };
  for (const m of mentionsIn(ctx.mentions, span)) {
    if (m.actor !== actor) continue;
    const before = ctx.tokens[tokenAt(ctx.tokens, m.start) - 1];
    if (before && ADDRESSEE_MARKERS.has(before.lower)) return true;
  }
  return false;
}

// words that put a name inside a phrase rather than in subject place
const OBLIQUE_HEADS = new Set(["of", "for", "against", "about", "with", "by"]);

/**
 * "the murder of journalist Jamal Khashoggi": a preposition, perhaps a lower-case title, then the
 * name. Not "with Ann Roe describing ...": there the name is the subject of the participle.
 */
function obliqueMention(ctx: ClaimContext, m: Mention): boolean {
  let k = tokenAt(ctx.tokens, m.start) - 1;
  for (let n = 0; n < 2 && k >= 0; n++) {
    const t = ctx.tokens[k] as Token;
    if (t.kind !== "word" || t.upper) return false;
    if (OBLIQUE_HEADS.has(t.lower)) return t.lower !== "with" || !participleAfter(ctx, m);
    k--;
  }
  return false;
}

function participleAfter(ctx: ClaimContext, m: Mention): boolean {
  const next = ctx.tokens[tokenAt(ctx.tokens, m.end)];
  return next !== undefined && word(next) && !next.upper && next.lower.length > 4 && next.lower.endsWith("ing");
}

/** The actor a pronoun most plausibly stands for: the closest fitting mention before it. */
export function resolvePronoun(ctx: ClaimContext, i: number): string | null {
  const t = ctx.tokens[i] as Token;
  const w = pronounOf(t.lower);
  // first and second person outside a quotation point at the writer or reader
  if (w === "i" || w === "we" || w === "you") return null;
  if (PERSON_PRONOUNS.has(w)) {
    // the closest person who is not the one addressed in this sentence, and who is
    // not named inside a prepositional phrase ("the murder of journalist X") when
    // a person in subject place comes before
    // ... and whose known gender does not clash with the pronoun's ("she" is not Mr. X)
    const wants = pronounGenderOf(w);
    let at = t.start;
    let fallback: string | null = null;
    // a person of unknown gender fits "she", but one the window also holds whom the text
    // shows to be a woman fits better ('... behind Barack Obama. "...," she said')
    let unknown: { actor: string; m: Mention } | null = null;
    for (let n = 0; n < 5; n++) {
      const m = personMentionBefore(ctx, at);
      if (!m?.actor) break;
      at = m.start;
      // ... only when that one is named in the pronoun's sentence or the one before (a quotation's
      // own sentences not counted)
      if (unknown && sentenceEndsOutsideQuotes(ctx, tokenAt(ctx.tokens, m.start), i) > 1) break;
      if (addressedBefore(ctx, m.actor, i)) continue;
      const has = wants ? personGender(ctx, m.actor) : null;
      if (has && has !== wants) continue;
      // an unnamed source of unknown gender ("a senior official") is seldom who "he" or "her" is
      if (wants && !has && ctx.doc.unnamedSources?.has(m.actor)) continue;
      // '"... the code Peter Wolf wrote." He also said': a name someone quoted is not who speaks next
      const quoted = ctx.insideQuote[i] === -1 && ctx.insideQuote[tokenAt(ctx.tokens, m.start)] !== -1;

      if (!quoted && !obliqueMention(ctx, m)) {
        if (wants && !has) {
          unknown ??= { actor: m.actor, m };
          continue;
        }
        return previousSubjectOver(ctx, i, m.actor, m);
      }
      fallback ??= m.actor;
      if (ctx.sentenceOf[tokenAt(ctx.tokens, m.start)] !== ctx.sentenceOf[i]) {
        // look one sentence further at most
        if ((ctx.sentenceOf[i] as number) - (ctx.sentenceOf[tokenAt(ctx.tokens, m.start)] as number) > 1) break;
      }
    }
    if (unknown) return previousSubjectOver(ctx, i, unknown.actor, unknown.m);
    return fallback;
  }
  if (THING_PRONOUNS.has(w)) {
    const doc = recentDocument(ctx, i);
    if (doc >= 0) return documentAuthor(ctx, doc);
    return bodyMentionBefore(ctx, t.start, BODY)?.actor ?? null;
  }
  return bodyMentionBefore(ctx, t.start, PLURAL_REFERENTS)?.actor ?? null;
}

/**
 * A person's mention for "he" or "she": by its own kind, or by its actor's. A surname the
 * recogniser read as a body's name in one place ("When Trump held rallies" in a story that also
 * names Trump Tower) still names the person its mentions were merged into.
 */
function personMentionBefore(ctx: ClaimContext, offset: number): Mention | null {
  return mentionBeforeWhere(
    ctx.mentions,
    offset,
    (m) => m.kind === "person" || actorKind(ctx.doc, m.actor) === "person",
  );
}

/** A body's mention for "it" or "they": of one of `kinds`, and not a person's surname read as a body's name. */
function bodyMentionBefore(ctx: ClaimContext, offset: number, kinds: ReadonlySet<ActorKind>): Mention | null {
  return mentionBeforeWhere(ctx.mentions, offset, (m) => kinds.has(m.kind) && actorKind(ctx.doc, m.actor) !== "person");
}

const SENTENCE_ENDS = new Set([".", "!", "?"]);

/** How many sentence ends outside any quotation lie between tokens `a` and `b`. */
function sentenceEndsOutsideQuotes(ctx: ClaimContext, a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b; k++)
    if (ctx.insideQuote[k] === -1 && SENTENCE_ENDS.has((ctx.tokens[k] as Token).lower)) n++;
  return n;
}

// set while the subject of an earlier sentence is read, so a pronoun there is resolved plainly
// and a run of "he ... He ..." sentences does not chain back through the whole article
let readingPreviousSubject = false;
const COORDINATED_NEXT = /^\s*(?:,\s*)?(?:&|and|or)?\s*$/;

/**
 * 'Sanders tried to hold Snyder to account. "...," he said': a "he" or "she" whose closest person
 * was named in the sentence before, after that sentence's subject, goes on with the subject (the
 * one the sentence is about) rather than with someone it named later, when the genders allow.
 * Only a named subject counts, not one inside a prepositional phrase ("The attack on Lee ...").
 * A role description no title names ("The senator said") goes on so too, with `gender` its noun's.
 */
function previousSubjectOver(ctx: ClaimContext, i: number, actor: string, seen?: Mention, gender?: "m" | "f"): string {
  if (readingPreviousSubject || ctx.insideQuote[i] !== -1) return actor;
  const t = ctx.tokens[i] as Token;
  const s = quotedRunSentence(ctx, i);
  // the mention the actor was found by, else its last one
  const last = seen ?? lastMentionOf(ctx.mentions, actor, t.start);
  if (!last || sentenceOfOffset(ctx, last.start) !== s - 1) return actor;
  // someone named in the pronoun's own sentence before it is closer than any earlier subject
  // (but not someone named inside a quotation the pronoun's cue reports)
  const own = { start: (ctx.tokens[ctx.sentenceFirst[s] as number] as Token).start, end: t.start };
  const ownPerson = (m: Mention) => m.kind === "person" && ctx.insideQuote[tokenAt(ctx.tokens, m.start)] === -1;
  if (mentionsIn(ctx.mentions, own).some(ownPerson)) return actor;
  readingPreviousSubject = true;
  let subject: Speaker;
  try {
    subject = clauseSubject(ctx, ctx.sentenceFirst[s - 1] as number, ctx.sentenceLast[s - 1] as number);
  } finally {
    readingPreviousSubject = false;
  }
  const other = subject.speaker;
  if (!other || other === actor || !subject.source || subject.source.end > last.start) return actor;
  const named = mentionsIn(ctx.mentions, subject.source).pop();
  if (named?.actor !== other || named.kind !== "person" || named.via === "pronoun") return actor;
  // "The attack on Lee", "Supporters of Lee": a name after a preposition is no subject (but a
  // participle's phrase set off by a comma before it is not the subject's: "Refusing to give up
  // power, Mugabe")
  let from = tokenAt(ctx.tokens, subject.source.start);
  const opener = (ctx.tokens[from] as Token).lower;
  if (opener.length > 4 && opener.endsWith("ing"))
    for (let k = tokenAt(ctx.tokens, named.start) - 1; k > from; k--)
      if ((ctx.tokens[k] as Token).lower === ",") {
        from = k + 1;
        break;
      }
  for (let k = from; k < tokenAt(ctx.tokens, named.start); k++) {
    const w = (ctx.tokens[k] as Token).lower;
    if (PREPOSITIONS.has(w) || PP_HEADS.has(w) || w === "of") return actor;
  }
  // "Okafor and Marsh, who ..., met": coordinated subjects leave the pronoun as close as it was
  if (COORDINATED_NEXT.test(ctx.text.slice(named.end, last.start))) return actor;
  const wants = gender ?? pronounGenderOf(pronounOf(t.lower));
  const has = personGender(ctx, other);
  if (wants && has && has !== wants) return actor;
  // an unnamed source of unknown gender ("a campaign aide") is seldom who "he" or "her" is
  if (wants && !has && ctx.doc.unnamedSources?.has(other)) return actor;
  if (addressedBefore(ctx, other, i)) return actor;
  return other;
}

// how many tokens may stand between a closing quotation mark and the pronoun after it ('," he')
const AFTER_CLOSE = 2;

/**
 * The sentence the pronoun at `i` belongs to, counted from where the quotation it closes on
 * opened: '"Everybody is laughing. A sad man!" he wrote' is one telling however many sentences
 * the segmenter cut the quotation into, so the sentence before it is the one before the quote.
 */
function quotedRunSentence(ctx: ClaimContext, i: number): number {
  const s = ctx.sentenceOf[i] as number;
  for (const q of ctx.quotes) {
    if (q.closeTok >= i) break;
    if (i - q.closeTok > AFTER_CLOSE || ctx.sentenceOf[q.closeTok] !== s) continue;
    // '," he wrote' continues the quotation; '." The man says' opens a telling of its own
    let k = q.closeTok + 1;
    while (k < i && (ctx.tokens[k] as Token).lower === ",") k++;
    if (k === i) return Math.min(s, ctx.sentenceOf[q.openTok] as number);
  }
  return s;
}

/** A document noun ("the report") in this or the previous sentence, nearest first; -1 if none. */
function recentDocument(ctx: ClaimContext, i: number): number {
  const s = ctx.sentenceOf[i] as number;
  const from = ctx.sentenceFirst[Math.max(0, s - 1)] as number;
  for (let k = i - 1; k >= from; k--) {
    const t = ctx.tokens[k] as Token;
    if (t.kind !== "word") continue;
    if (DOCUMENT_NOUNS.has(t.lower) && DETERMINERS.has(ctx.tokens[k - 1]?.lower ?? "")) return k;
    // a closer actor wins over an older document
    if (t.upper && mentionsIn(ctx.mentions, t).length > 0 && ctx.sentenceOf[k] === s) return -1;
  }
  return -1;
}

/**
 * A document speaks for its author: the body named beside the document noun
 * ("published by X", "X's report", "a report by X") where the text first
 * brings the document up, else the closest organization before it.
 */
export function documentAuthor(ctx: ClaimContext, nounTok: number): string | null {
  const { tokens } = ctx;
  const s = ctx.sentenceOf[nounTok] as number;
  // "a congressional report": the adjective names the author, or its name does ("a Quinnipiac poll")
  const described = namedAuthor(ctx, nounTok) ?? adjectiveAuthor(ctx, nounTok) ?? retoldAdjectiveAuthor(ctx, nounTok);
  if (described) return described;
  // the nearest earlier sentence that names the same kind of document, with its author beside it
  const named = earlierSentenceNaming(ctx, nounTok);
  if (named) {
    const authors = mentionsIn(ctx.mentions, {
      start: (tokens[named.first] as Token).start,
      end: (tokens[named.last] as Token).end,
    });
    const best =
      authors.filter((m) => ORG.has(m.kind)).pop() ??
      authors.filter((m) => m.kind === "country").pop() ??
      authors.filter((m) => m.kind === "person").pop();
    if (best) return best.actor;
  }
  // a document the text never introduced: the body named just before it, if any
  // ("... – European Court of Justice. According to the ruling, ...")
  const body = mentionBefore(ctx.mentions, (tokens[nounTok] as Token).start, ORG);
  if (body && s - sentenceOfOffset(ctx, body.start) <= 2) return body.actor;
  return null;
}

// how many earlier tellings of a document "the report" may walk back over
const RETELLING_REACH = 6;

/**
 * "The report cited an FDIC probe ... the report said": the same document told again with
 * "the", back to where the story first described it ("a congressional report", "a new AP
 * poll"), whose adjective or name before the noun names the author; null when no telling on
 * the way has one. A telling
 * with "a" or "an" is a document of its own, so the walk stops there.
 */
function retoldAdjectiveAuthor(ctx: ClaimContext, nounTok: number): string | null {
  let at = nounTok;
  for (let n = 0; n < RETELLING_REACH; n++) {
    if (!definiteTelling(ctx, at)) return null;
    const named = earlierSentenceNaming(ctx, at);
    if (!named) return null;
    // ("the poll also finds" after "according to a new AP-GfK poll": the name there too)
    const author = adjectiveAuthor(ctx, named.at) ?? namedAuthor(ctx, named.at);
    if (author) return author;
    at = named.at;
  }
  return null;
}

/** "the report", "the interim report", "this memo": the noun phrase at `k` opens with a definite determiner. */
function definiteTelling(ctx: ClaimContext, k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    const t = ctx.tokens[j] as Token;
    if (t.kind !== "word") return false;
    if (DEFINITE.has(t.lower)) return true;
    if (DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

// how far after the document noun "by" or "from" may name its author ("a statement released by X")
const AUTHOR_AFTER = 3;
// what may stand between a document's author and its noun: "X, in a statement", "X issued a statement"
const AUTHOR_GAP =
  /^(?:'s|’s)?\s*(?:,\s*(?:in|via|through)\s+(?:a|an|the|its|his|her|their)\s+|(?:issued|released|published|put out|sent|posted)\s+(?:a|an|the|its|his|her|their)\s+)?$/i;

/**
 * The author the nearest earlier sentence that names the same document noun sets beside it:
 * "a statement by X", "a statement released by X's office" (after it), or the subject right
 * before it ("X, in a statement delivered via ..., announced", "X issued a statement"); null
 * when that sentence says no author so.
 */
function introducedAuthor(ctx: ClaimContext, nounTok: number): string | null {
  const { tokens } = ctx;
  const named = earlierSentenceNaming(ctx, nounTok);
  if (!named) return null;
  const { first, last, at: d } = named;
  const authors = mentionsIn(ctx.mentions, {
    start: (tokens[first] as Token).start,
    end: (tokens[last] as Token).end,
  });
  for (let i = d + 1; i <= Math.min(last - 1, d + AUTHOR_AFTER); i++) {
    const w = (tokens[i] as Token).lower;
    if (w !== "by" && w !== "from") continue;
    const next = tokens[i + 1] as Token;
    const m = authors.find((x) => x.start >= next.start && tokenAt(tokens, x.start) <= i + 2);
    if (m) return m.actor;
  }
  const at = (tokens[d] as Token).start;
  const before = authors.filter((m) => m.end <= at).pop();
  return before && AUTHOR_GAP.test(ctx.text.slice(before.end, at).trimStart()) ? before.actor : null;
}

/**
 * The nearest of the twelve sentences before the noun's that names the same noun (first and
 * last token scanned, and where the noun stands), or null: where a document was brought up.
 */
function earlierSentenceNaming(ctx: ClaimContext, nounTok: number): { first: number; last: number; at: number } | null {
  const { tokens } = ctx;
  const noun = (tokens[nounTok] as Token).lower;
  const s = ctx.sentenceOf[nounTok] as number;
  for (let sk = s - 1, n = 0; sk >= 0 && n < 12; sk--, n++) {
    const first = ctx.sentenceFirst[sk] as number;
    const last = Math.min(ctx.sentenceLast[sk] as number, first + SENTENCE_SCAN);
    for (let at = first; at <= last; at++) if ((tokens[at] as Token).lower === noun) return { first, last, at };
  }
  return null;
}

/** "WHO" (the World Health Organization) is a name, not the relative pronoun "who". */
function isAcronym(text: string, t: Token): boolean {
  if (!t.upper || t.end - t.start < 2) return false;
  const second = text.charCodeAt(t.start + 1);
  return second >= 65 && second <= 90;
}

/**
 * The speaker written before a cue: "Ms. Psaki said", "the report found",
 * "China, Pyongyang's only ally, said", "who said", "... declined to comment
 * but said". `floor` is the first token the subject may use.
 */
export function speakerBefore(ctx: ClaimContext, cueFirst: number, floor?: number): Speaker {
  const { tokens } = ctx;
  const s = ctx.sentenceOf[cueFirst] as number;
  const lo = Math.max(floor ?? 0, ctx.sentenceFirst[s] as number);
  let j = skipBackOverAuxiliaries(tokens, cueFirst - 1, lo);
  // "Daniel Okafor (D-Harb.) said": step over a parenthesis after the name
  if (j > lo && (tokens[j] as Token).lower === ")") {
    let open = j - 1;
    while (open > lo && j - open < PAREN_REACH && (tokens[open] as Token).lower !== "(") open--;
    if ((tokens[open] as Token).lower === "(") j = open - 1;
  }
  if (j < lo) return NOBODY;
  const t = tokens[j] as Token;
  if (t.kind === "punct" && t.lower === ",") {
    const subject = describedSubject(ctx, j, lo) ?? appositiveSubject(ctx, j, lo);
    return subject.speaker ? subject : (asideChainSubject(ctx, j, lo) ?? subject);
  }
  if (t.kind === "punct" && (t.lower === "—" || t.lower === "–" || t.lower === "-"))
    return asideChainSubject(ctx, j, lo) ?? NOBODY;
  if (t.kind !== "word") return NOBODY;
  // an upper-case acronym ("the WHO said") is a name, never the function word it spells
  const functional = !isAcronym(ctx.text, t);
  if (functional && RELATIVES.has(t.lower)) return antecedent(ctx, j, lo);
  if (functional && COORDINATORS.has(t.lower)) return clauseSubject(ctx, lo, j);
  if (functional && CLAUSE_BOUNDARY.has(t.lower)) return NOBODY;
  // a pronoun is its own phrase: "They also said they believed" is no subject "They also said they"
  const k = functional && isPronoun(t.lower) ? j : groupPhraseStart(ctx, npStart(ctx, j, lo), j, lo);
  const found = resolveNounPhrase(ctx, k, j);
  // "Others say": a bare quantifier speaks for the one group named just before
  const part = found.speaker || k !== j ? null : quantifierGroup(ctx, j);
  if (part) return { speaker: part.actor, source: { start: part.token.start, end: part.token.end } };
  const apposed = unclosedApposition(ctx, k, j, lo);
  if (apposed) return apposed;
  if (found.speaker || k <= lo) return found;
  const before = tokens[k - 1] as Token;
  // "Ann Lee, the mayor, on Tuesday said": a phrase of time or place between the subject and its cue
  if (k < j && PREPOSITIONS.has((tokens[k] as Token).lower)) {
    const subject = speakerBefore(ctx, k, floor);
    if (subject.speaker) return subject;
  }
  // "Terri Collins who sponsored the bill remarked": a relative clause set off by no commas
  else if (before.lower === "who" && !isAcronym(ctx.text, before) && finiteVerb(tokens[k] as Token)) {
    const subject = antecedent(ctx, k - 1, lo);
    if (subject.speaker) return subject;
  }
  return found;
}

/** "NP1, appositive, said": the subject is NP1, unless only the appositive names someone. */
function appositiveSubject(ctx: ClaimContext, comma: number, lo: number): Speaker {
  const { tokens } = ctx;
  let open = comma - 1;
  while (open >= lo && comma - open < 30 && (tokens[open] as Token).lower !== ",") open--;
  if (open < lo || (tokens[open] as Token).lower !== ",") return NOBODY;
  // "The Ruritanian Guard (RG), which ..., said": the subject's last word comes before its parenthesis
  let end = open - 1;
  if (end > lo && (tokens[end] as Token).lower === ")") {
    let paren = end - 1;
    while (paren > lo && end - paren < PAREN_REACH && (tokens[paren] as Token).lower !== "(") paren--;
    if ((tokens[paren] as Token).lower === "(") end = paren - 1;
  }
  if (open + 1 > comma - 1 || end < lo || !word(tokens[end])) return NOBODY;
  const k = npStart(ctx, end, lo);
  // "Ann Roe, of the Daily Planet, her eldest son, said": a phrase opening with a preposition
  // cannot be a subject, so it is a first apposition and the subject stands before its comma
  const opener = tokens[k] as Token;
  if (k - 1 > lo && (tokens[k - 1] as Token).lower === "," && (opener.lower === "of" || PP_HEADS.has(opener.lower))) {
    const outer = speakerBefore(ctx, k - 1, lo);
    if (outer.speaker && outer.source)
      return { speaker: outer.speaker, source: { start: outer.source.start, end: (tokens[comma - 1] as Token).end } };
  }
  const main = resolveNounPhrase(ctx, k, end);
  const source = { start: (tokens[k] as Token).start, end: (tokens[comma - 1] as Token).end };
  const named = mentionsIn(ctx.mentions, { start: (tokens[k] as Token).start, end: (tokens[open] as Token).start });
  const inRole = namesOnlyInRolePhrase(ctx, k, open, named);
  // "Dunn's mother, Charlotte Charles, said": the name in apposition is the speaker
  const inApposition = mentionsIn(ctx.mentions, {
    start: (tokens[open] as Token).end,
    end: (tokens[comma] as Token).start,
  }).filter((m) => !isPossessive(ctx.text, m));
  // "The Senate Minority Leader, Ann Roe, said", "a State Department spokesperson, Ann Roe,
  // said": the names before the comma only modify a role noun they do not cover, so the
  // person the apposition names is the one who speaks ("The BBC, a broadcaster," keeps the BBC)
  const head = tokens[end] as Token;
  const headNamed = named.some((m) => m.start <= head.start && m.end >= head.end);
  // past a parenthesis only a named subject speaks: "Gov. Jo Roe (R), an ally of X," is no X's
  if (end !== open - 1 && !headNamed) return NOBODY;
  if (!inRole && !headNamed && apposedName(ctx, open, comma, inApposition))
    return { speaker: (inApposition[0] as Mention).actor, source };
  if (!inRole && named.some((m) => !isOwner(ctx.text, m))) return { speaker: main.speaker, source };
  if (inApposition.length > 0 && (!inRole || (inApposition[0] as Mention).kind === "person"))
    return { speaker: (inApposition[0] as Mention).actor, source };
  return { speaker: main.speaker, source };
}

/**
 * ", Ann Roe," or ", Gov. Ann Roe (R-Ohio),": the apposition is a person's name, perhaps after a
 * title, and nothing else ("the Cruz campaign's chairman" or "including Ann Roe" is not).
 */
function apposedName(ctx: ClaimContext, open: number, comma: number, inApposition: Mention[]): boolean {
  const { tokens } = ctx;
  const m = inApposition[0];
  if (m?.kind !== "person" || EXAMPLE_OPENERS.has((tokens[open + 1] as Token).lower)) return false;
  if (tokenAt(tokens, m.start) - (open + 1) > APPOSITION_LEAD) return false;
  let last = comma - 1;
  if ((tokens[last] as Token).lower === ")")
    while (last > open && comma - last < PAREN_REACH && (tokens[last] as Token).lower !== "(") last--;
  if ((tokens[last] as Token).lower === "(") last--;
  return m.end === (tokens[last] as Token).end;
}

/**
 * "The mayor of London", "the director of Argentina's Amnesty International":
 * a role noun that is no part of a name, with every name after its preposition
 * and none of them a person, so the phrase describes someone rather than
 * naming the place or body as the speaker.
 */
function namesOnlyInRolePhrase(ctx: ClaimContext, k: number, open: number, named: Mention[]): boolean {
  const { tokens } = ctx;
  for (let p = k + 1; p < open; p++) {
    const prep = tokens[p] as Token;
    if (!PP_HEADS.has(prep.lower) && prep.lower !== "of") continue;
    const head = tokens[p - 1] as Token;
    if (!word(head) || named.some((m) => m.start <= head.start && m.end >= head.end)) return false;
    return named.length > 0 && named.every((m) => m.start >= prep.end && m.kind !== "person");
  }
  return false;
}

/** A word that can open a relative clause's predicate: "(who) sponsored", "(who) has", "(which) led". */
function finiteVerb(t: Token): boolean {
  return (
    t.kind === "word" &&
    !t.upper &&
    (AUXILIARY_AFTER_RELATIVE.has(t.lower) ||
      PAST_TENSE_VERBS.has(t.lower) ||
      (t.lower.length > 4 && t.lower.endsWith("ed")))
  );
}

/** "X, who said ..." → X. */
function antecedent(ctx: ClaimContext, rel: number, lo: number): Speaker {
  let j = rel - 1;
  if (j >= lo && (ctx.tokens[j] as Token).lower === ",") j--;
  // "Thomas Gray, 24, who ...": an age in apposition sits between the name and "who"
  if (j - 2 >= lo && /^\d{1,3}$/.test((ctx.tokens[j] as Token).lower) && (ctx.tokens[j - 1] as Token).lower === ",")
    j -= 2;
  if (j < lo || !word(ctx.tokens[j])) return NOBODY;
  const k = npStart(ctx, j, lo);
  // "which" and "that" may have a document for antecedent, whose author the main clause names
  // ("He released a letter from his doctor that says"), so only "who" is cut at the verb
  return resolveNounPhrase(ctx, (ctx.tokens[rel] as Token).lower === "who" ? afterLastVerb(ctx, k, j) : k, j);
}

/**
 * "Trump made no mention of Jeb Bush, who announced", "Clinton has been attacked by Bernie
 * Sanders, who cites": the words before "who" run back over the main clause's verb,
 * but its antecedent is the phrase after that verb, when a name stands there to be it.
 */
function afterLastVerb(ctx: ClaimContext, k: number, j: number): number {
  const { tokens } = ctx;
  for (let v = j - 1; v > k; v--) {
    const t = tokens[v] as Token;
    if (!word(t) || t.upper || !verbLike(t, tokens[v - 1] as Token)) continue;
    const rest = { start: (tokens[v + 1] as Token).start, end: (tokens[j] as Token).end };
    return mentionsIn(ctx.mentions, rest).length > 0 ? v + 1 : k;
  }
  return k;
}

/** A finite verb or participle of a clause, not an -ed adjective after a determiner ("the embattled"). */
function verbLike(t: Token, prev: Token): boolean {
  if (SPEECH_VERBS.has(t.lower) || PAST_TENSE_VERBS.has(t.lower) || AUXILIARY_AFTER_RELATIVE.has(t.lower)) return true;
  return t.lower.length > 4 && t.lower.endsWith("ed") && !DETERMINERS.has(prev.lower);
}

/** The subject of the clause that opens at `lo`, for "X declined ... but said" and "..., saying". */
const IN_TITLE_RUN = /^[\p{L}\p{N}\s.'’-]{0,40}$/u;
// "US Secretary of State Mike Pompeo", "Iraq's Minister of Oil Ann Roe": a capitalised office with
// "of" inside it, right before a person's name, still titles that person
const CAPPED_TITLE_WITH_OF = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+of\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;
const RUN_BREAKERS = new Set(["of", "to", "and", "or"]);

function titleRun(between: string): boolean {
  if (!IN_TITLE_RUN.test(between)) return false;
  for (const w of between.split(/\s+/)) {
    const lower = w.toLowerCase();
    if (PREPOSITIONS.has(lower) || RUN_BREAKERS.has(lower)) return false;
    // a verb ends the subject: "Tom Watson called Theresa May's deal ..." is no title before May
    if (w !== lower) continue;
    if (CUES.has(lower) || (lower.length > 4 && lower.endsWith("ed"))) return false;
  }
  return true;
}

export function clauseSubject(ctx: ClaimContext, lo: number, hi: number): Speaker {
  const { tokens } = ctx;
  // "On Wednesday during the ceremony, Erdoğan called ...": the subject follows the opening phrase,
  // and "According to the Daily Planet, Lee said ..., adding": the report's source is none either
  if (PREPOSITIONS.has((tokens[lo] as Token).lower) || ctx.cueAt.get(lo)?.entry.complement === "prepositional") {
    let c = lo;
    while (c < hi && c - lo < 30 && (tokens[c] as Token).lower !== ",") c++;
    if (c < hi && (tokens[c] as Token).lower === ",") lo = c + 1;
  }
  lo = pastDateline(ctx, lo, hi);
  // '"We will win," Lee said, adding': a clause that opens with a quotation has its subject after it
  if (ctx.insideQuote[hi] === -1) {
    let k = lo;
    while (k < hi && (ctx.insideQuote[k] !== -1 || (tokens[k] as Token).kind !== "word")) k++;
    if (k < hi && ctx.insideQuote.subarray(lo, k).some((q) => q !== -1)) lo = k;
  }
  const first = tokens[lo] as Token;
  if (isPronoun(first.lower) && hi > lo)
    return { speaker: resolvePronoun(ctx, lo), source: { start: first.start, end: first.end } };
  // "A witness described for the Tribune how ..., saying", 'The decree said "... in Ruritania"
  // and said': a name after the clause's verb, or inside a quotation, is no subject
  const verb = clauseVerb(ctx, lo, hi);
  const span = { start: first.start, end: (tokens[verb] as Token).start };
  const quoted = ctx.insideQuote[lo];
  const found = mentionsIn(ctx.mentions, span).filter((m) => ctx.insideQuote[tokenAt(tokens, m.start)] === quoted);
  let at = found.findIndex((x) => !isPossessive(ctx.text, x));
  if (at < 0) {
    // "The embassy declined ... and said": the clause's opening noun phrase
    let j = lo;
    while (j + 1 < hi && j - lo < 4 && word(tokens[j + 1]) && !CLAUSE_BOUNDARY.has((tokens[j + 1] as Token).lower))
      if ((tokens[j + 1] as Token).upper || DETERMINERS.has((tokens[j] as Token).lower)) j++;
      else break;
    return DETERMINERS.has(first.lower) || first.upper ? resolveNounPhrase(ctx, lo, j) : NOBODY;
  }
  // "White House press secretary Jen Psaki": the last name of a run that only words join
  // but not across a preposition: "The EU called on Turkey", "Steve Peers of the University of Essex"
  // (a name nested in the mention, "Clinton" in "Clinton's lawyers", is no name after it)
  while (at + 1 < found.length && (found[at + 1] as Mention).start >= (found[at] as Mention).end) {
    const between = ctx.text.slice((found[at] as Mention).end, (found[at + 1] as Mention).start);
    if (!titleRun(between) && !(found[at + 1]?.kind === "person" && CAPPED_TITLE_WITH_OF.test(between))) break;
    at++;
  }
  const m = found[at] as Mention;
  return { speaker: m.actor, source: { start: first.start, end: m.end } };
}

// how many tokens a dateline may take: "WASHINGTON, Dec. 8 (UPI) --"
const DATELINE_REACH = 14;
const DATELINE_DASHES = new Set(["-", "–", "—", "--"]);

/**
 * "PARIS, Aug 31 (Reuters) - Marine Le Pen voiced support ..., saying": the token after a
 * dateline that opens the clause at `lo` (a parenthesis closed right before a dash), else `lo`;
 * the agency in the dateline is no subject.
 */
function pastDateline(ctx: ClaimContext, lo: number, hi: number): number {
  const { tokens } = ctx;
  for (let k = lo + 1; k < hi && k - lo < DATELINE_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "quote" || ctx.cueAt.has(k)) return lo;
    if (t.lower !== ")" || !DATELINE_DASHES.has(tokens[k + 1]?.lower ?? "")) continue;
    let after = k + 1;
    while (after < hi && DATELINE_DASHES.has((tokens[after] as Token).lower)) after++;
    return after < hi ? after : lo;
  }
  return lo;
}

const SPEECH_VERBS = new Set(["said", "says"]);
// words after a participle that make it part of a noun phrase: "a man identified as", "a report published by"
const PARTICIPLE_PHRASE = new Set(["as", "by"]);

/**
 * The first verb of the clause lo..hi outside any quotation it holds, or hi when none is seen: a speech verb,
 * an irregular past, or an -ed word after a noun ("A witness described"), not
 * after a determiner or adverb ("the embattled", "heavily armed") and not
 * opening a phrase that names someone ("identified as Lee", "led by Lee").
 */
export function clauseVerb(ctx: ClaimContext, lo: number, hi: number): number {
  const { tokens } = ctx;
  for (let k = lo + 1; k < hi; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.upper || ctx.insideQuote[k] !== ctx.insideQuote[lo]) continue;
    const prev = tokens[k - 1] as Token;
    // '"...," said Lee, adding': an inverted verb has its subject after it
    if (prev.kind !== "word") continue;
    if (SPEECH_VERBS.has(t.lower) || PAST_TENSE_VERBS.has(t.lower)) return k;
    if (t.lower.length <= 4 || !t.lower.endsWith("ed")) continue;
    // "has praised Putin", "has since apologized for": after a perfect auxiliary, or one and an
    // adverb, an -ed word is the verb, whatever follows it
    if (PERFECT.has(prev.lower) || adverbAfterPerfect(tokens, k - 1)) return k;
    // "he appreciated Soleimani's lifepath": right after a subject pronoun an -ed word is the verb
    if (SUBJECT_PRONOUNS.has(prev.lower)) return k;
    const next = tokens[k + 1];
    if (DETERMINERS.has(prev.lower) || CLAUSE_BOUNDARY.has(prev.lower)) continue;
    if (prev.lower.endsWith("ly") || !next || next.upper || PARTICIPLE_PHRASE.has(next.lower)) continue;
    return k;
  }
  return hi;
}

/** "has since", "had also": token j is an adverb that sits right after a perfect auxiliary. */
function adverbAfterPerfect(tokens: Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const adverb =
    t.lower === "since" || BETWEEN_SUBJECT_AND_CUE.has(t.lower) || (t.lower.endsWith("ly") && t.lower.length > 4);
  return adverb && j > 0 && PERFECT.has((tokens[j - 1] as Token).lower);
}

/** The speaker written after an inverted cue: '..., said Leslie Wimes, a ...'. */
export function speakerAfter(ctx: ClaimContext, cueLast: number): Speaker {
  const { tokens } = ctx;
  const s = ctx.sentenceOf[cueLast] as number;
  const hi = ctx.sentenceLast[s] as number;
  let j = cueLast + 1;
  if (!word(tokens[j]) || j > hi) return NOBODY;
  const k = j;
  while (j + 1 <= hi && j - k < MAX_NP && word(tokens[j + 1]) && !CLAUSE_BOUNDARY.has((tokens[j + 1] as Token).lower))
    j++;
  return appositiveName(ctx, k, j, hi) ?? resolveNounPhrase(ctx, k, j);
}

// how many words (a title) may come before the name in an apposition ("his father, retired judge Ann Lee")
const APPOSITION_LEAD = 3;

/**
 * '..., said his father, Abdullah Kurdi': a description that names nobody
 * (only perhaps its owner, "his"), then a comma and a person's name: the
 * name in apposition is the speaker.
 */
export function appositiveName(ctx: ClaimContext, k: number, j: number, hi: number): Speaker | null {
  const { tokens, text } = ctx;
  if (tokens[j + 1]?.lower !== "," || j + 2 > hi) return null;
  const np = { start: (tokens[k] as Token).start, end: (tokens[j] as Token).end };
  if (mentionsIn(ctx.mentions, np).some((m) => !isOwner(text, m))) return null;
  let last = j + 2;
  while (last < hi && last - (j + 2) < APPOSITION_LEAD + 3 && word(tokens[last + 1])) last++;
  const after = mentionsIn(ctx.mentions, { start: (tokens[j + 2] as Token).start, end: (tokens[last] as Token).end });
  const m = after[0];
  if (!m || m.kind !== "person" || !m.actor || isPossessive(text, m)) return null;
  if (tokenAt(tokens, m.start) - (j + 2) > APPOSITION_LEAD) return null;
  // "..., referring to Trump", "..., speaking to Ann Lee": a phrase that leads to the name through a
  // preposition or a participle is no apposition
  for (let t = j + 2; t < tokenAt(tokens, m.start); t++) {
    const w = (tokens[t] as Token).lower;
    if (PREPOSITIONS.has(w) || PP_HEADS.has(w) || w === "of" || (w.length > 4 && w.endsWith("ing"))) return null;
  }
  return { speaker: m.actor, source: { start: np.start, end: m.end } };
}

/** Sentence index of the token at an offset. */
function sentenceOfOffset(ctx: ClaimContext, offset: number): number {
  const i = Math.min(tokenAt(ctx.tokens, offset), ctx.tokens.length - 1);
  return i < 0 ? -1 : (ctx.sentenceOf[i] as number);
}
