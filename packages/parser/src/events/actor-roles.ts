import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { firstStartingAt } from "../first-starting-at.js";
import type { Mention } from "../model.js";
import { DEMONYM_SUBJECTS } from "./clause-words.js";
import { demonymMentions } from "./demonyms.js";
import { documentSpeakerIn } from "./document-pronoun.js";
import { modifiesPerson } from "./name-modifier.js";
import { openingSubject } from "./opening-subject.js";
import { recoveredMentions } from "./recovered-mentions.js";
import type { Token } from "./tokens.js";

// Finds the actors that fill a cue's roles from the mentions the actor stage
// left on the doc: the subject to the left of a cue, the objects to its right
// (with coordinated lists), and the side (country) an actor stands for.

export type ActorMention = Mention & { actor: string; demonym?: boolean };

const cache = new WeakMap<Doc, ActorMention[]>();
// the doc being read, in front of the WeakMap: the role finders ask for its list thousands of times
let lastDoc: Doc | null = null;
let lastList: ActorMention[] | null = null;

/** The doc's actor mentions, plus demonyms that stand for a country of the story ("Russian diplomats"). */
export function actorMentions(doc: Doc): ActorMention[] {
  if (doc === lastDoc && lastList) return lastList;
  const hit = cache.get(doc);
  if (hit) {
    lastDoc = doc;
    lastList = hit;
    return hit;
  }
  const named = doc.mentions.filter((m): m is ActorMention => m.actor !== null);
  const withRecovered = [...named, ...recoveredMentions(doc, named)].sort((a, b) => a.start - b.start);
  const list = [...withRecovered, ...demonymMentions(doc, withRecovered)].sort((a, b) => a.start - b.start);
  cache.set(doc, list);
  lastDoc = doc;
  lastList = list;
  return list;
}

/** Actor mentions that lie inside [start, end); a mention nested in another is left out unless `nested`. */
export function mentionsIn(doc: Doc, start: number, end: number, nested = false): ActorMention[] {
  const list = actorMentions(doc);
  const out: ActorMention[] = [];
  for (let i = firstStartingAt(list, start); i < list.length && (list[i] as ActorMention).start < end; i++) {
    const m = list[i] as ActorMention;
    if (m.end <= end) out.push(m);
  }
  if (nested) return out;
  return outermost(out);
}

/**
 * Nested mentions ("Russian" inside "Russian foreign ministry"): keeps each
 * mention no longer one contains. The list runs by start, so a mention is
 * inside a longer one when a mention that starts before it ends at or after
 * its end, or one that starts with it ends later: one pass, where comparing
 * every pair cost a 5,000-word sentence's cues a second.
 */
function outermost(list: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  let endBefore = -1; // the furthest end of the mentions that start before the current start
  for (let i = 0; i < list.length; ) {
    const start = (list[i] as ActorMention).start;
    let j = i;
    let endHere = -1; // the furthest end of the mentions that start here
    for (; j < list.length && (list[j] as ActorMention).start === start; j++)
      endHere = Math.max(endHere, (list[j] as ActorMention).end);
    for (let k = i; k < j; k++) {
      const m = list[k] as ActorMention;
      if (endBefore < m.end && endHere <= m.end) out.push(m);
    }
    endBefore = Math.max(endBefore, endHere);
    i = j;
  }
  return out;
}

/** The country or top organization an actor stands for, following affiliations. */
export function sideOf(doc: Doc, actor: string): string {
  let id = actor;
  const seen = new Set<string>();
  while (!seen.has(id)) {
    seen.add(id);
    const a = doc.actors.find((x) => x.id === id);
    if (!a?.affiliation) break;
    id = a.affiliation;
  }
  return id;
}

export function sameSide(doc: Doc, a: string, b: string): boolean {
  return a === b || sideOf(doc, a) === sideOf(doc, b);
}

/** One actor, or one acting for the other: closer than sharing a country. */
export function closelyTied(doc: Doc, a: string, b: string): boolean {
  return (
    a === b ||
    affiliationOf(doc, a) === b ||
    affiliationOf(doc, b) === a ||
    sideOf(doc, a) === b ||
    sideOf(doc, b) === a
  );
}

// a module function, not a closure made at every call of closelyTied
function affiliationOf(doc: Doc, id: string): string | null {
  return doc.actors.find((x) => x.id === id)?.affiliation ?? null;
}

const ATTACHING = new Set([
  "of",
  "to",
  "from",
  "in",
  "at",
  "on",
  "with",
  "for",
  "against",
  "over",
  "about",
  "into",
  "near",
]);
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]);

function wordBefore(doc: Doc, pos: number, lowerBound: number): string {
  let i = pos;
  // walk back over spaces to the previous word, skipping determiners
  for (let guard = 0; guard < 3; guard++) {
    while (i > lowerBound && /\s/.test(doc.text[i - 1] ?? "")) i--;
    let j = i;
    while (j > lowerBound && /[\p{L}\p{N}]/u.test(doc.text[j - 1] ?? "")) j--;
    const w = doc.text.slice(j, i).toLowerCase();
    if (!DETERMINERS.has(w)) return w;
    i = j;
  }
  return "";
}

/**
 * The actor that governs a cue at offset `pos`: the nearest actor mention to
 * its left in the same sentence. A mention that only completes a noun phrase
 * ("the ambassador to the U.S.") gives way to the phrase's head just before it.
 */
export function subjectBefore(doc: Doc, sentenceStart: number, pos: number): ActorMention | null {
  const near = nearestSubject(doc, sentenceStart, pos);
  // "regarding Iran's request, they would not consider": a possessor is no subject when a pronoun follows it
  if (
    near &&
    /^['’]s?\b/.test(doc.text.slice(near.end, near.end + 2)) &&
    SUBJECT_PRONOUN.test(doc.text.slice(near.end, pos))
  )
    return pronounSubject(doc, sentenceStart, pos);
  return near ?? pronounSubject(doc, sentenceStart, pos);
}

const SUBJECT_PRONOUN = /\b(?:he|she|they|it)\b/i;

// The subject is read back from the cue and is nearly always among the last few mentions, but
// listing every mention from the sentence's start made each cue of a long sentence cost its
// whole length (quadratic). A long sentence is read first from the mentions of the last
// SUBJECT_WINDOW characters; the answer stands when the reading never looked at a mention a
// longer one starting before the window could hide (or at none before it), else the whole
// sentence is read as before: the same answer either way.
const SUBJECT_WINDOW = 400;
const UNSURE: unique symbol = Symbol("unsure");
const longest = new WeakMap<ActorMention[], number>();

/** The length of the longest mention of the list: no mention starting before x ends past x + this. */
function longestMention(list: ActorMention[]): number {
  let n = longest.get(list);
  if (n === undefined) {
    n = 0;
    for (const m of list) n = Math.max(n, m.end - m.start);
    longest.set(list, n);
  }
  return n;
}

function nearestSubject(doc: Doc, sentenceStart: number, pos: number): ActorMention | null {
  const from = pos - SUBJECT_WINDOW;
  if (from > sentenceStart) {
    const cut = from + longestMention(actorMentions(doc));
    const left = subjectCandidates(doc, from, pos);
    // mentions from `cut` on are listed as the whole sentence's list has them (none nests in one before the window)
    const found = nearestIn(doc, left, firstStartingAt(left, cut), false, sentenceStart, pos);
    if (found !== UNSURE) return found;
  }
  const left = subjectCandidates(doc, sentenceStart, pos);
  // a sentence opening with a name and one long aside closed before the verb (read only here: the
  // window above starts past any such name, as the aside is shorter than the window)
  const opening = openingSubject(doc, left, sentenceStart, pos);
  if (opening) return opening;
  return nearestIn(doc, left, 0, true, sentenceStart, pos) as ActorMention | null;
}

function subjectCandidates(doc: Doc, start: number, pos: number): ActorMention[] {
  return mentionsIn(doc, start, pos).filter((m) => !m.demonym || demonymCanAct(doc, m));
}

/**
 * The subject among `left` (the mentions before `pos`), read from the last back. Only
 * left[floor..] are known to be the sentence's own: unless `whole`, a reading that needs one
 * before them is UNSURE.
 */
function nearestIn(
  doc: Doc,
  left: ActorMention[],
  floor: number,
  whole: boolean,
  sentenceStart: number,
  pos: number,
): ActorMention | null | typeof UNSURE {
  for (let k = left.length - 1; k >= floor; k--) {
    if (!whole && k - 1 < floor) return UNSURE;
    const m = left[k] as ActorMention;
    if (doc.text.slice(m.end, pos).includes(";")) return null;
    const prev = left[k - 1];
    // "the ECJ — the supreme court on matters of EU law — ruled": a name inside a closed aside is not the subject
    if (prev && insideAside(doc.text, prev.end, m, pos)) continue;
    // "officer of Virginia-based Symplicity": the preposition may stand before a hyphenated modifier of the name
    const between = prev ? doc.text.slice(prev.end, m.start) : "";
    const attached =
      ATTACHING.has(wordBefore(doc, m.start, sentenceStart)) ||
      ATTACHING.has(/^\s*(\p{L}+)\s+(?:the\s+)?\p{L}+-[\p{L}-]+\s+$/u.exec(between)?.[1]?.toLowerCase() ?? "");
    if (attached && prev && m.start - prev.end < 30 && !/[,;]/.test(between)) continue;
    // "Kerik, a former commissioner of the New York police, was convicted": a name completing an apposition
    if (prev && !afterPreposition(doc, prev, sentenceStart) && inApposition(doc.text, prev.end, m, pos)) continue;
    const owner = appositionOwner(doc, left, k, floor, whole, sentenceStart, pos);
    if (owner === UNSURE) return UNSURE;
    return owner ?? m;
  }
  return whole ? null : UNSURE;
}

const APPOSITION = /^\s*,\s*(?:a|an|the|former|formerly|then|once)\s[^,;]*$/i;

/**
 * The mention completes a noun phrase set off by commas after a name (", a
 * former commissioner of the New York police,") that closes before `pos`.
 */
function inApposition(text: string, from: number, m: ActorMention, pos: number): boolean {
  if (m.start - from > 120) return false;
  const before = text.slice(from, m.start);
  // the phrase has a head noun of its own before the name (", the founder of X,"; not ", the X,")
  const head = /^\s*,\s*\S+\s+(.*)$/su.exec(before)?.[1] ?? "";
  return (
    APPOSITION.test(before) && /(?:^|[\s-])(?!the\s)\p{Ll}{3,}/u.test(head) && /^[^;]*,/.test(text.slice(m.end, pos))
  );
}

/**
 * "Fields, a self-described Neo-Nazi, killed", "McArthur, from Toronto, Canada, on Tuesday admitted":
 * a name inside an apposition set off by commas right before the verb describes the name the
 * apposition follows, which is the subject. Not a list ("France and Britain, in a statement,"),
 * nor a name after a preposition ("According to Reuters, Russia, ...").
 */
function appositionOwner(
  doc: Doc,
  left: ActorMention[],
  k: number,
  floor: number,
  whole: boolean,
  sentenceStart: number,
  pos: number,
): ActorMention | null | typeof UNSURE {
  const m = left[k] as ActorMention;
  if (!/^\s*,[^,;"“”]*$/.test(doc.text.slice(m.end, pos))) return null;
  const prev = left[k - 1];
  if (!prev || /\b(?:and|or|nor)\s*$|^\s*,?\s*$/i.test(doc.text.slice(prev.end, m.start))) return null;
  for (let j = k - 1; j >= floor; j--) {
    const owner = left[j] as ActorMention;
    const between = doc.text.slice(owner.end, m.start);
    if (between.length > APPOSITION_REACH || /[;"“”()]/.test(between)) return null;
    if (!/^\s*,/.test(between)) continue;
    // "The Green Party, along with Senator Moss, have announced": a coordination, whose names all act
    if (COORDINATING_ASIDE.test(between)) return null;
    return PREPOSITIONS.has(wordBefore(doc, owner.start, sentenceStart)) ? null : owner;
  }
  return whole ? null : UNSURE;
}

const COORDINATING_ASIDE = /^\s*,\s*(?:along with|together with|as well as|and|or|with|plus|including|joined by)\b/i;
// the longest apposition read between a name and the name inside it ("a friend of the family from Brek in")
const APPOSITION_REACH = 80;

/**
 * The mention sits inside an aside (between dashes or in parentheses) that
 * opens after `from` (the end of a name before it) and closes before `pos`.
 */
function insideAside(text: string, from: number, m: ActorMention, pos: number): boolean {
  if (m.start - from > 80) return false;
  const before = text.slice(from, m.start);
  const after = text.slice(m.end, pos);
  if (before.includes("(") && !before.includes(")") && after.includes(")")) return true;
  const dash = /\s(?:—|–|--)\s|—/;
  return dash.test(before) && dash.test(after);
}

/** "Russian officials denied": a demonym acts only through the body or people it describes. */
function demonymCanAct(doc: Doc, m: ActorMention): boolean {
  const next = /^\s+([\p{L}-]+)/u.exec(doc.text.slice(m.end, m.end + 40))?.[1]?.toLowerCase();
  return !!next && DEMONYM_SUBJECTS.has(next);
}

const PRONOUNS: Record<string, (kind: string) => boolean> = {
  he: (k) => k === "person",
  she: (k) => k === "person",
  // "hackers", "protesters": a group is many people, told as "they"
  it: (k) => k !== "person" && k !== "group",
  they: () => true,
};

/**
 * A pronoun subject the actor stage left unresolved ("It said ...", "he
 * added"): the first actor of a fitting kind in the sentences before. A
 * sentence opening with the same pronoun hands it on to the one before it
 * ("They concluded ... They called on Turkey"); a name inside a prepositional
 * phrase ("the agreement between Turkey and Libya") is no antecedent, and
 * "they" takes a single person only when others are named with them.
 */
function pronounSubject(doc: Doc, sentenceStart: number, pos: number, given?: string): ActorMention | null {
  const words = given
    ? []
    : (doc.text
        .slice(sentenceStart, pos)
        .toLowerCase()
        .match(/[a-z]+/g) ?? []);
  const pronoun = given ?? words.find((w) => PRONOUNS[w]);
  const fits = pronoun ? PRONOUNS[pronoun] : undefined;
  if (!pronoun || !fits) return null;
  const idx = doc.sentences.findIndex((s) => s.start === sentenceStart);
  let looked = 0;
  for (let k = idx - 1; k >= 0 && looked < 2; k--) {
    const s = doc.sentences[k] as { start: number; end: number };
    if (opensWith(doc, s.start, pronoun)) continue;
    looked++;
    const told = pronoun === "it" ? documentSpeakerIn(doc, s) : null;
    if (told) return told;
    const m = mentionsIn(doc, s.start, s.end).find(
      (x) =>
        fits(x.kind) &&
        (!x.demonym || demonymCanAct(doc, x)) &&
        !PREPOSITIONS.has(wordBefore(doc, x.start, s.start)) &&
        (pronoun !== "they" || x.kind !== "person" || /^[^.;]{0,40}\band\b/.test(doc.text.slice(x.end, s.end))),
    );
    if (m) return m;
  }
  return null;
}

const POSSESSIVES: Record<string, string> = { their: "they", his: "he", her: "she", its: "it" };

/** "Their demands have included ...": the one a possessive pronoun at the sentence's start stands for. */
export function possessorOf(doc: Doc, sentenceStart: number, word: string): ActorMention | null {
  const pronoun = POSSESSIVES[word];
  return pronoun ? pronounSubject(doc, sentenceStart, sentenceStart, pronoun) : null;
}

const PREPOSITIONS = new Set([...ATTACHING, "between", "by", "among", "amongst", "under", "toward", "towards"]);

/** The mention completes a prepositional phrase ("advice to Her Majesty"): it heads no clause. */
export function afterPreposition(doc: Doc, m: ActorMention, floor: number): boolean {
  return PREPOSITIONS.has(wordBefore(doc, m.start, floor));
}

function opensWith(doc: Doc, start: number, word: string): boolean {
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(doc.text.slice(start, start + 20))?.[1];
  return first?.toLowerCase() === word;
}

const LIST_GLUE = /^\s*(?:,|,?\s*and|,?\s*or|,?\s*as well as|&)?\s*(?:the\s+)?$/i;

/** A mention and the mentions coordinated with it ("Sweden, Poland and Germany"). */
export function coordinated(doc: Doc, first: ActorMention, limit: number): ActorMention[] {
  const after = mentionsIn(doc, first.end, limit);
  const out = [first];
  let prev = first;
  for (const m of after) {
    if (!LIST_GLUE.test(doc.text.slice(prev.end, m.start))) {
      // "U.S. and European diplomats": a demonym list shares one head noun
      break;
    }
    out.push(m);
    prev = m;
  }
  return out;
}

/** Where the list that ends with `last` starts: "Dubois and Petit were tried" is both. */
export function listStart(doc: Doc, sentenceStart: number, last: ActorMention): number {
  const before = mentionsIn(doc, sentenceStart, last.start);
  let start = last.start;
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k] as ActorMention;
    if (!LIST_GLUE.test(doc.text.slice(m.end, start))) break;
    start = m.start;
  }
  return start;
}

/** Distinct actor ids of the mentions, in order, leaving out `exclude`. */
export function actorIds(mentions: ActorMention[], exclude: string[] = []): string[] {
  const out: string[] = [];
  for (const m of mentions) if (!exclude.includes(m.actor) && !out.includes(m.actor)) out.push(m.actor);
  return out;
}

/** The first actor mention in [start, end) with what is coordinated with it. */
export function objectsIn(doc: Doc, start: number, end: number, exclude: string[] = []): string[] {
  const list = mentionsIn(doc, start, end).filter((m) => !exclude.includes(m.actor));
  // "Becker campaign manager Luke Ford": the name before the title modifies the person after it
  let i = 0;
  while (i < list.length - 1 && modifiesPerson(doc, list[i] as ActorMention, list[i + 1])) i++;
  const first = list[i];
  if (!first) return [];
  return actorIds(coordinated(doc, first, end), exclude);
}

/** The nearest actor before `pos` (within `window` characters) that is not on `actor`'s side. */
export function counterpartBefore(
  doc: Doc,
  actor: string,
  pos: number,
  window = 600,
  statesOnly = false,
): string | null {
  const list = mentionsIn(doc, Math.max(0, pos - window), pos).filter((m) => !sameSide(doc, m.actor, actor));
  // states are the usual counterparts of states' actions; a company named in passing is not
  const rev = [...list].reverse();
  const country = rev.find((m) => actorKind(doc, m.actor) === "country");
  if (statesOnly) return country?.actor ?? null;
  const state = country ?? rev.find((m) => actorKind(doc, sideOf(doc, m.actor)) === "country");
  return state?.actor ?? (statesOnly ? null : (list.at(-1)?.actor ?? null));
}

export type { Token };

/** Failing a counterpart, the nearest other actor named just before (a domestic arrest, a protest). */
export function neighbourBefore(doc: Doc, actor: string, pos: number, window = 300): string | null {
  const list = mentionsIn(doc, Math.max(0, pos - window), pos).filter((m) => !closelyTied(doc, m.actor, actor));
  return list.at(-1)?.actor ?? null;
}
