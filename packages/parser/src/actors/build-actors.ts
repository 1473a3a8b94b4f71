import type { Doc } from "../doc.js";
import { SOURCE_KEY } from "../entities/find-unnamed-sources.js";
import type { MentionNote } from "../entities/mention-note.js";
import type { Actor, Mention } from "../model.js";
import { fillAffiliations } from "./fill-affiliations.js";
import { makeActors } from "./make-actors.js";
import { markPlatformMentions } from "./platform-mentions.js";
import { resolveNames } from "./resolve-names.js";
import { type PersonFacts, resolveReferences, rolesOf } from "./resolve-references.js";
import { keepRolePersons } from "./role-persons.js";
import { sentenceStarts } from "./sentence-index.js";
import { rebindSharedBodies } from "./shared-body-country.js";
import { pointBackToUnnamed, tieUnnamedPersons } from "./unnamed-persons.js";

/**
 * Fills `doc.actors` and each mention's `actor`: one actor per participant,
 * merged across full name, surname, honorific, role descriptions, pronouns
 * and metonyms (a capital or seat of government is its country), with kind,
 * canonical name, aliases as written, title, affiliation and country code.
 * Places that only locate stay mentions without an actor.
 */
export function buildActors(doc: Doc): void {
  const notes = doc.entities?.notes;
  if (!notes || notes.length !== doc.mentions.length) return;
  const { mentions, text } = doc;
  const starts = sentenceStarts(doc);
  rebindSharedBodies(mentions, notes, text);
  const keys = resolveNames(mentions, notes, text, doc.entities?.hints);
  markPlatformMentions(mentions, notes, text);
  const facts = personFacts(mentions, notes, keys);
  facts.past = pastHolders(mentions, notes, keys, text);
  tieUnnamedPersons(mentions, notes, keys, text);
  resolveReferences(mentions, notes, keys, facts, text, starts);
  pointBackToUnnamed(mentions, notes, keys, text);
  keepRolePersons(mentions, notes, keys, facts, text, starts);
  const table = makeActors(mentions, notes, keys, facts, text);
  fillAffiliations(doc, table, keys, facts, starts);
  mentions.forEach((m: Mention, i) => {
    const k = keys[i];
    m.actor = k ? (table.get(k)?.id ?? null) : null;
  });
  doc.actors = table.list().filter((a: Actor) => a.aliases.length > 0);
  // for later stages (a claim's pronoun speaker must agree): gender known from names, not from pronouns
  doc.actorGender = new Map();
  doc.unnamedSources = new Set();
  for (const k of new Set(keys))
    if (k?.startsWith(SOURCE_KEY)) {
      const id = table.get(k)?.id;
      if (id) doc.unnamedSources.add(id);
    }
  for (const [k, g] of facts.gender) {
    const id = g ? table.get(k)?.id : undefined;
    if (id && g) doc.actorGender.set(id, g);
  }
}

function personFacts(mentions: Mention[], notes: MentionNote[], keys: (string | null | undefined)[]): PersonFacts {
  const facts: PersonFacts = { gender: new Map(), roles: new Map(), affiliation: new Map() };
  notes.forEach((n, i) => {
    const k = keys[i];
    if (!k?.startsWith("person:") || (mentions[i] as Mention).via !== "name") return;
    if (n.gender && !facts.gender.get(k)) facts.gender.set(k, n.gender);
    const roles = facts.roles.get(k) ?? new Set<string>();
    for (const r of rolesOf(n.title)) roles.add(r);
    facts.roles.set(k, roles);
    if (n.affiliation && !facts.affiliation.get(k)) facts.affiliation.set(k, n.affiliation);
  });
  return facts;
}

// "former President", "the late Senator", "ex-Governor", "then-President": a word that puts the
// title in the past, then only the title's capitalised words up to the name
const PAST_TITLE = /(?:^|[^\w-])(?:[Ff]ormer|[Ll]ate|[Tt]hen|[Ee]x|[Oo]ne-?time)[\s-]+(?:[A-Z][\w.'’-]*\s+){1,5}$/;

/** Persons whose every titled name holds the title in the past: not "the President" of the story. */
function pastHolders(
  mentions: Mention[],
  notes: MentionNote[],
  keys: (string | null | undefined)[],
  text: string,
): Set<string> {
  const past = new Set<string>();
  const current = new Set<string>();
  notes.forEach((n, i) => {
    const k = keys[i];
    const m = mentions[i] as Mention;
    if (!k?.startsWith("person:") || m.via !== "name" || !n.title) return;
    if (PAST_TITLE.test(text.slice(Math.max(0, m.start - 80), m.start))) past.add(k);
    else current.add(k);
  });
  for (const k of current) past.delete(k);
  return past;
}
