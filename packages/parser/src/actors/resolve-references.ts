import { SOURCE_KEY } from "../entities/find-unnamed-sources.js";
import {
  officeAbbreviations,
  partyAdjectives,
  roleClass,
  SUBORDINATE_WORDS,
  usStateByTag,
} from "../entities/lexicon.js";
import type { MentionNote } from "../entities/mention-note.js";
import type { Mention } from "../model.js";
import { sentenceAt } from "./sentence-index.js";

/** What the reference resolver knows about each person key. */
export interface PersonFacts {
  gender: Map<string, "m" | "f" | null>;
  /** Role classes of each person's titles ("diplomat", "president"). */
  roles: Map<string, Set<string>>;
  affiliation: Map<string, string | null>;
  /** Persons named only as past holders of their titles ("former President Jo Roe", "the late Senator"). */
  past?: Set<string>;
}

// Words between a person and a description that make one the other:
// "Mr. Antonov was appointed as Russia's top envoy", "Khanooki, the airline's director".
const COPULA =
  /^[\s,]*(?:(?:who|which)\s+)?(?:(?:is|was|has been|had been|became|becomes|will be|remains|served|serves)\s+)?(?:(?:previously|formerly|now|also|then|once|still)\s+)?(?:(?:appointed|named|elected|nominated|made|installed|confirmed)\s+)?(?:as\s+)?$/;

// "country:RUS" and "org:RUS:foreign ministry" are both Russia's; other keys stand for themselves.
const stateOf = (key: string) => /^(?:country|org):([A-Z]{3})(?::|$)/.exec(key)?.[1] ?? key;

/** The role classes a title carries: "Russia's top envoy in Washington" → diplomat. */
export function rolesOf(title: string | null | undefined): string[] {
  if (!title) return [];
  const ws = title.toLowerCase().split(/[\s,]+/);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const two = `${ws[i]} ${ws[i + 1] ?? ""}`;
    const r = roleClass.get(two) ?? roleClass.get(ws[i] as string);
    // "vice president", "deputy prime minister": a lower office, not the head word's
    if (r) out.push(SUBORDINATE_WORDS.has(ws[i - 1] ?? "") ? `sub:${r}` : r);
  }
  return out;
}

/**
 * Resolves role descriptions and pronouns to person keys, in text order,
 * twice, so that a title learnt late ("... was appointed as Russia's top
 * envoy") still resolves a description met early ("The Russian ambassador").
 * A description matches the person whose title has its role and whose
 * affiliation agrees; one beside a name by a copula is that name; a
 * spokesperson description with no such person speaks for the body it names.
 * A pronoun takes the most recent person of a compatible gender.
 */
export function resolveReferences(
  mentions: Mention[],
  notes: MentionNote[],
  keys: (string | null | undefined)[],
  facts: PersonFacts,
  text: string,
  starts: number[],
): void {
  for (let pass = 0; pass < 2; pass++) {
    const index = indexPersons(mentions, keys, facts);
    let lastPerson = -1;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i] as Mention;
      const n = notes[i] as MentionNote;
      if (m.kind === "person" && m.via === "description") {
        // an unnamed person acted on ("arrested a man") stays the person it was tied to, or itself
        const tied = n.unnamed && keys[i] !== n.key ? keys[i] : null;
        // a source cited without a name ("a senior official said") is no one the story names
        const key = n.source
          ? n.key
          : (tied ??
            resolveDescription(i, mentions, notes, keys, facts, text, starts, lastPerson, index) ??
            (n.unnamed ? n.key : null));
        keys[i] = key;
        if (key?.startsWith("person:")) learn(facts, key, n, index);
      } else if (m.via === "pronoun") {
        keys[i] = resolvePronoun(i, mentions, notes, keys, facts);
      }
      if (m.kind === "person" && keys[i]?.startsWith("person:")) lastPerson = i;
    }
  }
}

/** Where each person is first named, and who holds each role: the candidates a description can mean. */
interface PersonIndex {
  firstAt: Map<string, number>;
  /** Where each person is named, in text order. */
  namedAt: Map<string, number[]>;
  byRole: Map<string, Set<string>>;
}

function indexPersons(mentions: Mention[], keys: (string | null | undefined)[], facts: PersonFacts): PersonIndex {
  const firstAt = new Map<string, number>();
  const namedAt = new Map<string, number[]>();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!k?.startsWith("person:") || mentions[i]?.via !== "name") continue;
    if (!firstAt.has(k)) firstAt.set(k, i);
    const at = namedAt.get(k);
    if (at) at.push(i);
    else namedAt.set(k, [i]);
  }
  const byRole = new Map<string, Set<string>>();
  for (const [k, roles] of facts.roles) for (const r of roles) addRole(byRole, r, k);
  return { firstAt, namedAt, byRole };
}

function addRole(byRole: Map<string, Set<string>>, role: string, key: string): void {
  const set = byRole.get(role) ?? new Set<string>();
  set.add(key);
  byRole.set(role, set);
}

function learn(facts: PersonFacts, key: string, n: MentionNote, index: PersonIndex): void {
  const roles = facts.roles.get(key) ?? new Set<string>();
  for (const r of rolesOf(n.title)) roles.add(r);
  if (n.role) roles.add(n.role);
  facts.roles.set(key, roles);
  for (const r of roles) addRole(index.byRole, r, key);
  if (n.affiliation && !facts.affiliation.get(key)) facts.affiliation.set(key, n.affiliation);
  if (n.gender && !facts.gender.get(key)) facts.gender.set(key, n.gender);
}

function resolveDescription(
  i: number,
  mentions: Mention[],
  notes: MentionNote[],
  keys: (string | null | undefined)[],
  facts: PersonFacts,
  text: string,
  starts: number[],
  lastPerson: number,
  index: PersonIndex,
): string | null {
  const m = mentions[i] as Mention;
  const n = notes[i] as MentionNote;
  // "X was appointed as <description>": the same sentence's last person before it
  if (lastPerson >= 0) {
    const p = mentions[lastPerson] as Mention;
    const between = text.slice(p.end, m.start);
    if (
      sentenceAt(starts, p.start) === sentenceAt(starts, m.start) &&
      /[\w,]/.test(between) &&
      !between.includes("\n") &&
      COPULA.test(between)
    ) {
      return keys[lastPerson] ?? null;
    }
  }
  // "the Florida senator": the person the story names with that place, not the last senator named
  if (n.placed) return placedPerson(n.placed, n.role, mentions, index, facts, text);
  const role = n.role;
  if (role) {
    const want = n.affiliation;
    let before: string | null = null;
    let beforeAt = -1;
    let after: string | null = null;
    let afterAt = Number.POSITIVE_INFINITY;
    const holders = index.byRole.get(role) ?? new Set<string>();
    // "the President" is the one in office: a former holder only when no current one is named
    const past = facts.past;
    const anyCurrent = !past?.size || [...holders].some((k) => !past.has(k));
    const party = partyOf(n.title);
    for (const k of holders) {
      if (anyCurrent && past?.has(k)) continue;
      if (party && otherPartyTitled(k, party, mentions, index, text)) continue;
      const aff = facts.affiliation.get(k);
      if (want && (!aff || stateOf(aff) !== stateOf(want))) continue;
      // the holder named last before it: the one the story is telling of, not one
      // named first but long ago (an aside on a president of the 1930s)
      const last = lastBefore(index.namedAt.get(k), i);
      const at = index.firstAt.get(k) ?? -1;
      if (last >= 0 && last > beforeAt) {
        before = k;
        beforeAt = last;
      } else if (last < 0 && at > i && at < afterAt) {
        after = k;
        afterAt = at;
      }
    }
    const found = before ?? after;
    if (found) return found;
  }
  return n.speaksFor ?? null;
}

/** The party adjective a title holds ("Republican presidential nominee" → Republican), or null. */
function partyOf(title: string | null | undefined): string | null {
  if (!title) return null;
  for (const w of title.split(/\s+/)) if (partyAdjectives.has(w)) return w;
  return null;
}

// how far before a name its title is read for a party adjective ("U.S. Democratic presidential candidate ")
const TITLE_REACH = 48;

/**
 * "The Republican presidential nominee" is not the person the story titles "Democratic presidential
 * candidate": some name of `k` has another party's adjective in the title words right before it.
 */
function otherPartyTitled(k: string, party: string, mentions: Mention[], index: PersonIndex, text: string): boolean {
  for (const a of index.namedAt.get(k) ?? []) {
    const m = mentions[a] as Mention;
    const before = TITLE_BEFORE.exec(text.slice(Math.max(0, m.start - TITLE_REACH), m.start))?.[0] ?? "";
    for (const w of before.split(/\s+/)) if (partyAdjectives.has(w) && w !== party) return true;
  }
  return false;
}

// the (at most four) words right before a name, with no punctuation between them but the dots
// of abbreviations: "U.S. Democratic presidential candidate "
const TITLE_BEFORE = /(?:[\p{L}.'’-]+ ){1,4}$/u;

/**
 * The one person named beside the place ("Marco Rubio of Florida", "Florida Sen. Marco Rubio",
 * "Florida Governor Rick Scott") and holding no other office; among several, the one holding the
 * role; else no one.
 */
function placedPerson(
  place: string,
  role: string | null | undefined,
  mentions: Mention[],
  index: PersonIndex,
  facts: PersonFacts,
  text: string,
): string | null {
  const found: string[] = [];
  for (const [k, ats] of index.namedAt)
    if (
      ats.some((a) => {
        const title = titleWithPlace(mentions[a] as Mention, place, text);
        if (title === null) return false;
        // "former Florida Gov. Jeb Bush" is not "the Florida senator"
        const held = rolesOf(title.replace(ABBREVIATION, (w) => officeAbbreviations.get(w) ?? w));
        return !role || !held.length || held.includes(role);
      })
    )
      found.push(k);
  // a person the story gives another office only is not "the Florida senator"
  const fits = role ? found.filter((k) => !facts.roles.get(k)?.size || facts.roles.get(k)?.has(role)) : found;
  if (fits.length === 1) return fits[0] as string;
  const holders = role ? fits.filter((k) => facts.roles.get(k)?.has(role)) : [];
  return holders.length === 1 ? (holders[0] as string) : null;
}

// The title words between the place and a name it qualifies ("Florida Sen. Marco Rubio" → "Sen.",
// "Vermont Senator" → "Senator"), "" for a name followed by "of <place>" / "from <place>", null when
// the name is not named with the place.
function titleWithPlace(m: Mention, place: string, text: string): string | null {
  let at = m.end;
  if (text[at] === ",") at++;
  if (text.startsWith(` of ${place}`, at) || text.startsWith(` from ${place}`, at)) return "";
  // "Sen. Bernie Sanders (I-Vt.)": the party-and-state tag names the lawmaker's state
  if (tagState(m, text) === place) return "";
  const before = text.slice(Math.max(0, m.start - place.length - 24), m.start);
  const p = before.lastIndexOf(`${place} `);
  if (p < 0 || (p > 0 && WORD_CHAR.test(before[p - 1] as string))) return null;
  const between = before.slice(p + place.length + 1);
  return TITLE_WORDS_ONLY.test(between) ? between : null;
}

/** The state a party-and-state tag after a name gives ("Sen. Bernie Sanders (I-Vt.)" → Vermont). */
function tagState(m: Mention, text: string): string | null {
  PARTY_STATE_TAG.lastIndex = m.end;
  const tag = PARTY_STATE_TAG.exec(text);
  if (!tag) return null;
  const state = (tag[1] ?? tag[2]) as string;
  // ", R-Iowa." ends a sentence: its full stop is no abbreviation's
  return usStateByTag.get(state) ?? usStateByTag.get(state.slice(0, -1)) ?? null;
}

const WORD_CHAR = /\w/;
// " (D-N.Y.)", " (R-Texas)", " (I-Vt.)", ", R-Iowa" right after a name: its state is group 1 or 2
const PARTY_STATE_TAG = /(?: \([DRI]-(\p{Lu}[\p{L}. ]*?)\)|, [DRI]-(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?))/uy;
// Capitalised title words between a place and a name: "Sen. ", "Attorney General ", ""
const TITLE_WORDS_ONLY = /^(?:\p{Lu}[\p{L}.-]* )*$/u;
// A capitalised word ending in a dot: an abbreviated office ("Gov.") perhaps
const ABBREVIATION = /\p{Lu}\p{Ll}*\./gu;

/** The last of the ascending `at` below `i`, or -1. */
function lastBefore(at: number[] | undefined, i: number): number {
  if (!at) return -1;
  for (let j = at.length - 1; j >= 0; j--) if ((at[j] as number) < i) return at[j] as number;
  return -1;
}

function resolvePronoun(
  i: number,
  mentions: Mention[],
  notes: MentionNote[],
  keys: (string | null | undefined)[],
  facts: PersonFacts,
): string | null {
  const gender = (notes[i] as MentionNote).gender;
  for (let j = i - 1; j >= 0 && j >= i - 60; j--) {
    const k = keys[j];
    if (!k?.startsWith("person:") || (mentions[j] as Mention).kind !== "person") continue;
    const g = facts.gender.get(k);
    if (g && gender && g !== gender) continue;
    // "a senior official said ... he": an unnamed source of unknown gender is seldom who "he" is
    if (!g && gender && k.startsWith(SOURCE_KEY)) continue;
    return k;
  }
  return null;
}
