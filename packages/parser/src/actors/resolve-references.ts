import { roleClass, SUBORDINATE_WORDS } from "../entities/lexicon.js";
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
        const key =
          tied ??
          resolveDescription(i, mentions, notes, keys, facts, text, starts, lastPerson, index) ??
          (n.unnamed ? n.key : null);
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
    for (const k of holders) {
      if (anyCurrent && past?.has(k)) continue;
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
    return k;
  }
  return null;
}
