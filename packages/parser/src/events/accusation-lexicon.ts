import categories from "../../data/accusation-categories.json";
import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import { NEGATIONS } from "./clause-words.js";
import { condemnationLabels, condemnationPhrases, condemnationsIn } from "./condemnation-lexicon.js";
import { criticismWrongsIn } from "./criticism-wrongs.js";
import { CueSet, compilePattern, wordCues } from "./cue-patterns.js";
import { servedRole } from "./served-owner.js";
import { type Token, tokenIndexAt } from "./tokens.js";

export interface VerbFrame {
  preps: string[];
  needPrep: boolean;
  /** The allegation must be alleged or suspected, or name a wrong ("investigating X over alleged ..."). */
  needGround: boolean;
  /** With no reason stated, an actor named right after the verb is still accused ("Biden slammed Trump"). */
  bareObject: boolean;
  /** With `bareObject`, the kinds of actor the bare object must be (none listed: any): "attacked Biden" is words, "attacked Ukraine" a war. */
  bareObjectKinds: string[];
  /** The kinds the accused must be however the verb is read, never in the passive (none listed: any): "hit Clinton for", not "hit Kyiv for". */
  objectKinds: string[];
  /** Prepositions after which the accused is named, the object being the wrong ("blamed the bombing on X"). */
  shiftPreps: string[];
  /** An adjective ("was critical of X"): never read as a passive verb. */
  adjective: boolean;
  /** In the passive with a "by" agent no reason is needed ("his remarks were derided by X"). */
  passiveAgent: boolean;
}

export const accusationVerbs = new CueSet<VerbFrame>(
  cues.verbs.map((v) =>
    compilePattern(v.cue, {
      preps: v.preps,
      needPrep: v.needPrep === true,
      needGround: "needGround" in v && v.needGround === true,
      bareObject: "bareObject" in v && v.bareObject === true,
      bareObjectKinds: "bareObjectKinds" in v && Array.isArray(v.bareObjectKinds) ? v.bareObjectKinds : [],
      objectKinds: "objectKinds" in v && Array.isArray(v.objectKinds) ? v.objectKinds : [],
      shiftPreps: "shiftPreps" in v && Array.isArray(v.shiftPreps) ? v.shiftPreps : [],
      adjective: "adjective" in v && v.adjective === true,
      passiveAgent: "passiveAgent" in v && v.passiveAgent === true,
    }),
  ),
);
export const accusationNouns = new CueSet<true>(cues.nouns.map((n) => compilePattern(n, true)));
export const describedAs = new CueSet<true>(cues.describedAs.map((n) => compilePattern(n, true)));
export const REPORTING_ACCUSE = new Set(cues.reporting);
/** The same words as cues: the passes that look for them in every sentence skip the sentences without one. */
export const reportingAccuseCues = wordCues(cues.reporting);
export const adjectiveCues = wordCues(cues.adjectives);
/** "alleged", "purported": a wrong only said to have been done. */
export const accusationAdjectives: string[] = cues.adjectives;
const allLabels = [...cues.labels.words, ...condemnationLabels];
// "sees Sanders as a real threat" is a rival's strength, not a wrong: framing verbs leave some labels out
const framedExcept = new Set(cues.labels.framedExcept);
const labelsFor = (cue: string) =>
  (cues.labels.framedCues.includes(cue) ? allLabels.filter((w) => !framedExcept.has(w)) : allLabels).join("|");
export const labelCues = new CueSet<true>(
  [cues.labels.cue, cues.labels.asCue, ...cues.labels.framedCues].flatMap((cue) => [
    compilePattern<true>(`${cue} ${labelsFor(cue)}`, true),
    ...condemnationPhrases.map((phrase) => compilePattern<true>(`${cue} ${phrase}`, true)),
  ]),
);
export const ADMISSIONS = new Set(cues.admissions);
/** "accepted responsibility", "took the blame": admissions only with one of OWNED_NOUNS after them. */
export const OWNERSHIP_ADMISSIONS = new Set(cues.ownershipAdmissions);
export const OWNED_NOUNS = new Set(cues.ownedNouns);
const VICTIM_NOUNS = new Set(cues.victimNouns);
const HARM_PARTICIPLES = new Set(cues.harmParticiples);

/** "Navalny was poisoned": the subject of a passive wrong (ending just before `wrong`) is its victim. */
export function sufferedWrong(text: string, tokens: Token[], mentionEnd: number, wrong: number): boolean {
  const w = tokens[wrong] as Token;
  // a harm suffered ("poisoned", "shot"), not "was behind the poisoning" or "were involved"
  if (!HARM_PARTICIPLES.has(w.lower)) return false;
  return /^\s*(?:(?:has|have|had)\s+)?(?:was|were|is|are|been|being|be)\s+(?:\p{L}+ly\s+)?$/iu.test(
    text.slice(mentionEnd, w.start),
  );
}

/**
 * "Navalny's poisoning": a name owning a harm (ending just before `wrong`) is its victim;
 * "ISIS' best recruiter": a name owning a role served for it is the one served. Neither did it.
 */
export function ownsHarm(text: string, tokens: Token[], mentionEnd: number, wrong: number): boolean {
  const w = tokens[wrong] as Token;
  if (!/^\s*['’]s?\s*$/.test(text.slice(mentionEnd, w.start))) return false;
  return VICTIM_NOUNS.has(w.lower) || servedRole(tokens, wrong);
}
export const HEDGES = new Set(cues.hedges);
const VICTIM_WORDS = new Set(cues.victimWords);
const HARM_NOUNS = new Set(cues.harmNouns);
const HARM_LINKS = new Set(["on", "against", "of", "upon", "at", "toward", "towards", "into"]);

/** "the attack on Navalny", "the investigation into X": the name at `start` is a harm's victim or an act's target. */
export function harmVictim(tokens: Token[], start: number): boolean {
  const at = tokenIndexAt(tokens, start);
  let k = at - 1;
  // "the attack on the Russian opposition leader": skip a determiner and one modifier
  for (let skip = 0; skip < 2 && k > 0 && !HARM_LINKS.has((tokens[k] as Token).lower); skip++) k--;
  const link = tokens[k];
  if (!link || !HARM_LINKS.has(link.lower)) return false;
  return HARM_NOUNS.has(tokens[k - 1]?.lower ?? "");
}
const ADDRESSING = new Set(cues.addressing);
const FRONTING = new Set(["for", "to", "in"]);

/** A name (tokens [at, end)) in a phrase opening its clause and closed by a comma: "For Mexico, ...", not "sent to Libya, ...". */
function fronted(tokens: Token[], at: number, end: number): boolean {
  const prep = tokens[at - 1];
  if (!prep || !FRONTING.has(prep.lower) || tokens[end]?.lower !== ",") return false;
  const before = tokens[at - 2];
  return !before || before.sentence !== prep.sentence || before.punct;
}

/**
 * Of the names before a wrong, those that can be its doer: not the one told
 * ("told Wikinews ..."), not one with a victim's verb between it and the
 * wrong ("Tunisia is facing terrorist attacks"), and not a name inside a
 * prepositional phrase ("the Prime Minister's advice to Her Majesty was
 * unlawful") while the clause names another before it.
 */
export function possibleDoers<M extends { start: number; end: number }>(
  tokens: Token[],
  mentions: M[],
  wrong: number,
  attached: (m: M) => boolean,
): M[] {
  const w = tokens[wrong] as Token;
  const out = mentions.filter((m) => {
    const at = tokenIndexAt(tokens, m.start);
    if (ADDRESSING.has(tokens[at - 1]?.lower ?? "")) return false;
    // "For Mexico, this individual is a terrorist": a fronted phrase's name is a point of view, not the doer
    if (fronted(tokens, at, tokenIndexAt(tokens, m.end))) return false;
    for (let k = tokenIndexAt(tokens, m.end); k < wrong && (tokens[k] as Token).start < w.start; k++) {
      const t = tokens[k] as Token;
      if (VICTIM_WORDS.has(t.lower)) return false;
      // "Hong Kong remains impeded by ... violence": the subject of a passive with an agent suffers the wrong
      if (t.lower === "by" && (tokens[k - 1] as Token).lower.endsWith("ed")) return false;
    }
    return true;
  });
  const heads = out.filter((m) => !attached(m));
  return heads.length > 0 && heads.length < out.length ? heads : out;
}
export const DOER_WINDOW = cues.doerWindow;
const NOT_ONLY = new Set(cues.notOnly);
export const accusationNegators = new CueSet<true>(cues.negators.map((n) => compilePattern(n, true)));

/**
 * "found no evidence that ...", "X did not ...": a negator in the first words of
 * a statement's clause [from, to) makes it accuse no one, unless the negation
 * opens the wrong itself ("Y was not telling the truth": the negation is the charge).
 */
export function negatedOpening(tokens: Token[], from: number, to: number, wrong: number): boolean {
  // "he is not only a racist": "not only" adds to what follows, it denies nothing
  return accusationNegators
    .matchAll(tokens, from, Math.min(from + 3, to))
    .some(
      (m) =>
        m.first !== wrong &&
        !NOT_ONLY.has(tokens[m.last + 1]?.lower ?? "") &&
        !(m.first === m.last && scopeEndsBefore(tokens, m.last + 1, wrong)),
    );
}

const SCOPE_ENDS = new Set(cues.negationScopeEnds);

/** "will not vote for X and considers him a racist": a clause join between the negator and the wrong ends the negation's reach. */
function scopeEndsBefore(tokens: Token[], from: number, wrong: number): boolean {
  for (let k = from; k < wrong; k++) if (SCOPE_ENDS.has((tokens[k] as Token).lower)) return true;
  return false;
}

const labelled = new CueSet<string>(
  categories.categories.flatMap((c) => c.cues.map((p) => compilePattern(p, c.category))),
);
const wrongs = new CueSet<string | null>(
  [
    ...categories.wrongdoing,
    ...categories.condemnations,
    // "He was a dictator": a damning label said of the subject
    `${cues.predicateLabels} ${cues.labels.words.join("|")}`,
    // "he is not only a racist, but ...", "she is such a liar": a degree strengthens the label, "not only" adds to it
    ...cues.degreeLabels.map((frame) => `${frame} ${cues.labels.words.join("|")}`),
  ].map((p) => compilePattern(p, null)),
);

const NAMING_HEADS = new Set(categories.namingHeads);
const CONTRACTION_SUBJECTS = new Set(categories.contractionSubjects);

/** "he's doing", "what she's doing": a wrong opening on a contracted "'s" after a pronoun is no possessive's deed. */
function contracted(tokens: Token[], first: number): boolean {
  return (tokens[first] as Token).lower === "'s" && CONTRACTION_SUBJECTS.has(tokens[first - 1]?.lower ?? "");
}

/** "Vyasna, a human rights center": the wrong's words name an organisation or a role, not a deed. */
function names(tokens: Token[], last: number): boolean {
  return NAMING_HEADS.has(tokens[last + 1]?.lower ?? "");
}

/** The category of the first labelled wrong in tokens [from, to), or undefined when there is none. */
export function categoryIn(tokens: Token[], from: number, to: number): string | undefined {
  const hits = labelled.matchWithin(tokens, from, to);
  return (
    hits[0]?.pattern.value ??
    condemnationsIn(tokens, from, to)[0]?.pattern.value ??
    criticismWrongsIn(tokens, from, to)[0]?.pattern.value
  );
}

/**
 * First and last token of the first wrong (labelled or not) in [from, to), or
 * null; a wrong told in the passive ("were sent by") is preferred, since it
 * names its doer after "by".
 */
export function firstWrong(
  tokens: Token[],
  from: number,
  to: number,
  doc?: Doc,
): { first: number; last: number } | null {
  const a = labelled.matchWithin(tokens, from, to).find((m) => !names(tokens, m.last));
  const plain = wrongs.matchWithin(tokens, from, to);
  const condemned = condemnationsIn(tokens, from, to);
  // critics' and police statements' words: "abused his power", "a ploy", "shot the officer"
  const criticised = criticismWrongsIn(tokens, from, to, doc);
  // most stretches hold no unlabelled wrong: no list merged and sorted for nothing
  if (plain.length === 0 && condemned.length === 0 && criticised.length === 0)
    return a ? { first: a.first, last: a.last } : null;
  const bs = [...plain, ...condemned, ...criticised]
    .filter((m) => !names(tokens, m.last) && !contracted(tokens, m.first))
    .sort((x, y) => x.first - y.first);
  const passive = bs.find((m) => (tokens[m.last] as Token).lower === "by");
  const b = bs[0];
  const hit = passive ?? (!a ? b : !b ? a : a.first <= b.first ? a : b);
  return hit ? { first: hit.first, last: hit.last } : null;
}

/** Index of the token `words` word tokens before `i` (punctuation not counted), not before `floor`. */
export function wordsBack(tokens: Token[], i: number, words: number, floor: number): number {
  let k = i;
  let n = 0;
  while (k > floor && n < words) {
    k--;
    if (!(tokens[k] as Token).punct) n++;
  }
  return k;
}

/** Documents that accuse for whoever wrote them ("the first article charged him with ..."). */
export const accusationDocuments: string[] = cues.documents;

/** "she is not a liar", "did not lie": a negation just before the wrong denies it; "not just an insult" does not. */
export function deniedWrong(tokens: Token[], wrong: number, from: number): boolean {
  for (let k = wrong - 1; k >= from && k >= wrong - 3; k--) {
    if (!NEGATIONS.has((tokens[k] as Token).lower)) continue;
    return !NOT_ONLY.has(tokens[k + 1]?.lower ?? "");
  }
  return false;
}
