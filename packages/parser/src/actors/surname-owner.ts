import { type Gender, honorifics, officeAbbreviations } from "../entities/lexicon.js";
import type { MentionNote } from "../entities/mention-note.js";
import type { Mention } from "../model.js";
import { rolesOf } from "./resolve-references.js";

/** A full-name mention holding a word: its index, key, given name when the word is its surname, and what tells who it is. */
export type Holder = {
  index: number;
  key: string;
  given?: string | null;
  gender?: Gender | null;
  roles?: string[];
};

/** What a bare surname's own mention says of the person it means: "Mrs. Clinton" f, "President Clinton" president. */
export type SurnameCue = { gender: Gender | null; roles: string[] };

/**
 * The gender and role classes a person's name mention carries: its honorific ("Mrs." f) or, for a
 * full name (`full`), its given name's; its title ("former President" → president), an office abbreviation before it ("Gov." → governor).
 */
export function surnameCue(m: Mention, n: MentionNote, text: string, full = false): SurnameCue {
  const roles = rolesOf(n.title);
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.start - 8), m.start))?.[1];
  const office = before ? officeAbbreviations.get(before) : undefined;
  if (office) roles.push(...rolesOf(office));
  // a full name's given name tells; a lone surname's note may carry the gender of a given name
  // it happens to spell ("Clinton" m), so there only an honorific tells
  const gender = (full ? n.gender : null) ?? (before ? honorifics.get(before) : undefined) ?? null;
  return { gender, roles };
}

/**
 * The full name whose words include this one, nearest before the mention, else the first after it.
 * When two people with different given names share it as their surname ("President Clinton" beside
 * Bill and Hillary Clinton), the mention's own honorific or title picks those it fits ("Mrs." no
 * man, "President" only one titled so); among those left, news style names the later-introduced
 * one by full or first name and keeps the bare surname for the first ("Trump's niece Mary Trump").
 */
export function surnameOwner(holders: Holder[] | undefined, at: number, cue?: SurnameCue): string | null {
  if (!holders?.length) return null;
  let people = holders.filter((h) => h.given);
  const first = people[0];
  if (first && people.some((h) => h.given !== first.given)) {
    if (cue) people = fitting(people, cue);
    return (people[0] as Holder).key;
  }
  let lo = 0;
  let hi = holders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((holders[mid] as { index: number }).index < at) lo = mid + 1;
    else hi = mid;
  }
  return (holders[lo - 1] ?? holders[lo])?.key ?? null;
}

// The people a cue fits, by person (a key fits when any of its full-name mentions does); the
// cue narrows only when some but not all of them fit it.
function fitting(people: Holder[], cue: SurnameCue): Holder[] {
  let out = people;
  if (cue.gender) {
    const other = new Set(people.filter((h) => h.gender && h.gender !== cue.gender).map((h) => h.key));
    const same = new Set(people.filter((h) => h.gender === cue.gender).map((h) => h.key));
    const fit = out.filter((h) => !other.has(h.key) || same.has(h.key));
    if (fit.length && fit.length < out.length) out = fit;
  }
  if (cue.roles.length) {
    const titled = new Set(out.filter((h) => h.roles?.some((r) => cue.roles.includes(r))).map((h) => h.key));
    const fit = out.filter((h) => titled.has(h.key));
    if (fit.length && fit.length < out.length) out = fit;
  }
  return out;
}
