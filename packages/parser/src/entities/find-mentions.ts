import type { Doc } from "../doc.js";
import { firstStartingAt } from "../first-starting-at.js";
import type { Mention } from "../model.js";
import { isPageLine } from "../segment/is-boilerplate.js";
import { settleStates } from "./acting-states.js";
import { classifyRun, isLocative, slug } from "./classify-run.js";
import { findDescribedBodies } from "./descriptor-names.js";
import { dropEventNames } from "./event-names.js";
import { findDescriptions } from "./find-descriptions.js";
import { foldName, lowerArticle } from "./fold-name.js";
import { readHandles } from "./handles.js";
import { dropHashtags } from "./hashtags.js";
import { findHeadlineNames } from "./headline-names.js";
import { dropHolidays } from "./holidays.js";
import {
  firstNameGender,
  gazetteer,
  honorifics,
  orgHeads,
  placeHeads,
  regionAdjectives,
  starterWords,
  titleHeads,
} from "./lexicon.js";
import { shareListTitles } from "./list-titles.js";
import type { MentionNote } from "./mention-note.js";
import { dropNamePairs } from "./name-pairs.js";
import { findRuns, hyphenatedGivenName, markHeadlines } from "./name-runs.js";
import { settleOrganizations } from "./org-evidence.js";
import { settleOwnedBodies } from "./owned-bodies.js";
import { findPlacedInstitutions } from "./placed-institutions.js";
import { findPossessedCampaigns } from "./possessed-campaigns.js";
import { dropProgrammeNames } from "./programme-names.js";
import { dropQuotedTitles } from "./quoted-titles.js";
import { type Piece, Scan } from "./scan.js";
import { settleTeams } from "./sports-teams.js";
import { tokenize } from "./tokenize.js";
import { wikinewsMarkup } from "./wikinews-markup.js";

/**
 * Fills `doc.mentions`: every named entity (people, countries,
 * organizations, media, groups, places) with its exact span, plus the
 * descriptions and pronouns that may point to one (via "description" /
 * "pronoun"), which the actor stage resolves. Rule-based: capitalised runs,
 * gazetteers, and the words around a name.
 */
export function findMentions(doc: Doc): void {
  const scan = new Scan(doc.text, tokenize(doc.text));
  const pageLines = skipBoilerplate(scan, doc);
  const markup = wikinewsMarkup(scan);
  markHeadlines(scan);
  for (const run of findRuns(scan)) if (!markup?.[run.first] && !pageLines?.[run.first]) classifyRun(scan, run);
  settleUnsure(scan);
  settleOrganizations(scan);
  settleTeams(scan);
  settleStates(scan);
  findPlacedInstitutions(scan);
  settleOwnedBodies(scan);
  distributeRespectively(scan);
  shareListTitles(scan);
  findHeadlineNames(scan);
  dropEventNames(scan);
  dropHashtags(scan);
  readHandles(scan);
  dropHolidays(scan);
  dropProgrammeNames(scan);
  dropQuotedTitles(scan);
  findPossessedCampaigns(scan);
  findDescribedBodies(scan);
  dropNamePairs(scan);
  scan.hints.sort((a, b) => a.start - b.start);
  findDescriptions(scan);
  const pieces = scan.pieces.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  const notes: MentionNote[] = [];
  for (const p of pieces) {
    mentions.push({ start: p.start, end: p.end, kind: p.kind, actor: null, via: p.via });
    notes.push(p.note);
  }
  doc.mentions = mentions;
  doc.entities = { notes, hints: scan.hints };
}

// Lines the header and segment stages marked as not part of the story hold no mentions:
// their tokens are marked named (no lone surname is read there). Those that are page lines
// ("Image: Jane Doe (flickr).") or stray headings (a caption's "Jane Doe in costume") are also
// returned (1 = in such a line) so that no name run starting there is read; a short line with
// figures is a results table's row ("134 Jane Doe ( Kenya ) 70 64"), whose names are the story's.
function skipBoilerplate(scan: Scan, doc: Doc): Uint8Array | null {
  if (!doc.boilerplate.length) return null;
  const { tokens, text } = scan;
  const marked = new Uint8Array(tokens.length);
  for (const b of doc.boilerplate) {
    const line = text.slice(b.start, b.end);
    const unread = !DIGIT.test(line) || isPageLine(line) ? 1 : 0;
    // tokens are in text order: start at the first one inside b (binary search), not at 0
    for (let i = firstStartingAt(tokens, b.start); i < tokens.length; i++) {
      const t = tokens[i] as (typeof tokens)[number];
      if (t.start >= b.end) break;
      if (t.end <= b.end) {
        scan.named[i] = 1;
        marked[i] = unread;
      }
    }
  }
  return marked;
}

const DIGIT = /\d/;

// "minister Wiranto", "Sergeant Ratana", "Mr. Roe": a title or an honorific right before the word
function titledAt(scan: Scan, k: number): boolean {
  const before = scan.tokens[k - 1];
  return !!before && (titleHeads.has(scan.lower(k - 1)) || honorifics.has(before.text)) && scan.adjacent(k - 1, k);
}

const SPEECH = new Set([
  "said",
  "says",
  "told",
  "added",
  "stated",
  "explained",
  "argued",
  "noted",
  "wrote",
  "tweeted",
  "asked",
  "replied",
  "insisted",
  "recalled",
  "admitted",
]);

// A lone capitalised word: a person's surname if the text names that person
// in full, a place after "in" / "at", an organization otherwise.
function settleUnsure(scan: Scan): void {
  const surnames = new Set<string>();
  const lastNames = new Set<string>();
  const familyNames = new Set<string>();
  // "Minister Wiranto" … "Wiranto left": a one-word name that a title marks as a person's
  // is that person wherever else it stands alone
  const persons = new Set<string>();
  // "Acme Motor Company" … "Acme said": a lone word that opens an organization's longer name is
  // that organization, not a person who speaks
  const orgOpeners = new Set<string>();
  for (const p of scan.pieces) {
    if (p.via !== "name" || p.unsure) continue;
    if (p.kind === "person" && p.first === p.last && titledAt(scan, p.first))
      persons.add(foldName(scan.tokens[p.first]?.text ?? ""));
    else if (p.kind === "organization" && p.last > p.first && scan.tokens[p.first]?.cap)
      orgOpeners.add(foldName(scan.tokens[p.first]?.text ?? ""));
  }
  for (const p of scan.pieces) {
    if (p.kind !== "person" || p.last === p.first) continue;
    // "Erdogan" after "Recep Tayyip Erdoğan": the same surname without its accents
    for (let k = p.first; k <= p.last; k++) surnames.add(foldName(scan.tokens[k]?.text ?? ""));
    lastNames.add(foldName(scan.tokens[p.last]?.text ?? ""));
    // "Park Won-soon" … "Park said": the family name comes first, before a hyphenated given name
    if (p.last === p.first + 1 && hyphenatedGivenName(scan, p.last)) {
      const family = foldName(scan.tokens[p.first]?.text ?? "");
      lastNames.add(family);
      familyNames.add(family);
    }
  }
  // a word the text puts after "in" / "between" once is a place everywhere in it
  const places = new Set<string>();
  for (const p of scan.pieces)
    if ((p.unsure && isLocative(scan, p.first, true)) || (p.kind === "location" && p.via === "name"))
      places.add(p.note.name);
  const placeEnds = new Set<number>();
  for (const p of scan.pieces) if (p.kind === "location" && p.via === "name") placeEnds.add(p.last);
  for (const p of scan.pieces as Piece[]) {
    if (!p.unsure) continue;
    const text = p.note.name;
    // "between Baracoa and Guantanamo": a name listed after a place is a place
    const joiner = scan.lower(p.first - 1);
    if (
      (joiner === "and" || joiner === ",") &&
      p.kind !== "person" &&
      placeEnds.has(p.first - 2) &&
      !surnames.has(foldName(text))
    )
      places.add(text);
    // "the Turpins": a family named by its surname
    const folded = foldName(text);
    if (
      surnames.has(folded) ||
      (persons.has(folded) && scan.lower(p.first - 1) !== "the") ||
      // "Nabil al-Quaety" … "Al-Quaety said": an Arabic article capitalised when it opens the name
      surnames.has(lowerArticle(folded) ?? "") ||
      (folded.endsWith("s") && lastNames.has(folded.slice(0, -1))) ||
      // "Interfax quoted Lebed as saying": the one quoted is a speaker
      (scan.lower(p.first - 1) === "quoted" && scan.lower(p.last + 1) === "as" && p.first === p.last)
    ) {
      p.kind = "person";
      p.note = { key: `person:${slug(text)}`, name: text, affiliation: p.note.affiliation };
    } else if (
      SPEECH.has(scan.lower(p.last + 1)) &&
      !/^[A-Z]{2,}$/.test(text) &&
      scan.lower(p.first - 1) !== "the" &&
      !orgOpeners.has(folded)
    ) {
      // ("The Sandiganbayan said": no person's name follows "the")
      // "Sanders said": a lone name that speaks is most often a person's surname
      p.kind = "person";
      p.note = { key: `person:${slug(text)}`, name: text, affiliation: p.note.affiliation };
    } else if (p.kind === "person" && orgOpeners.has(folded) && !places.has(text)) {
      // "Ford Motor Company" … "Ford said": a given name alone that opens a firm's name is the firm
      p.kind = "organization";
      p.note = { key: `org:${slug(text)}`, name: text, affiliation: p.note.affiliation };
    } else if (places.has(text)) {
      p.kind = "location";
      p.note = { key: `loc:${slug(text)}`, name: text };
    }
    p.unsure = false;
  }
  // "Sudesh Amman" … "Amman had scrawled": a capital that is a named person's surname, in a text
  // that never names the capital's state, is that person, not the state
  if (lastNames.size) {
    const states = new Set<string>();
    for (const p of scan.pieces) if (p.kind === "country" && p.via === "name" && p.note.code) states.add(p.note.code);
    for (const p of scan.pieces as Piece[]) {
      if (p.kind !== "country" || p.via !== "metonym" || p.first !== p.last || !p.note.code) continue;
      const text = scan.tokens[p.first]?.text ?? "";
      if (states.has(p.note.code) || !lastNames.has(foldName(text)) || isLocative(scan, p.first)) continue;
      p.kind = "person";
      p.via = "name";
      p.note = { key: `person:${slug(text)}`, name: text };
    }
  }
  surnamesOverPlaces(scan);
  // a surname that is also a word ("May", "Brown") alone, once the full name is known
  const { tokens } = scan;
  // (no full name, no lone surname to find: the loop is skipped; the cheap tests come before the fold)
  for (let k = 0; lastNames.size > 0 && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t?.cap || scan.named[k] || scan.headline[k] || t.text.length < 3 || !lastNames.has(foldName(t.text))) continue;
    if (regionAdjectives.has(t.text) || gazetteer.has(t.text)) continue;
    // ("May said" opening a sentence may be the month's; "Smith said" is the person's)
    if (
      t.sentStart &&
      tokens[k + 1]?.kind !== "possessive" &&
      !tokens[k + 1]?.cap &&
      !familyNames.has(foldName(t.text)) &&
      !surnameStarter(t.text, scan.lower(k))
    )
      continue;
    scan.add({
      start: t.start,
      end: t.end,
      first: k,
      last: k,
      kind: "person",
      via: "name",
      note: { key: `person:${slug(t.text)}`, name: t.text },
    });
  }
  // "President Muhammadu Buhari of Nigeria": the state after "of" is the person's
  const at = new Map<number, Piece>();
  for (const p of scan.pieces) at.set(p.first, p);
  for (const p of scan.pieces) {
    if (p.kind !== "person" || p.via !== "name" || p.note.affiliation) continue;
    // "Jane Roe of Acme", "Jane Roe, of the Acme council,"
    const of = scan.lower(p.last + 1) === "of" ? p.last + 1 : scan.lower(p.last + 1) === "," ? p.last + 2 : -1;
    if (of < 0 || scan.lower(of) !== "of") continue;
    let c = at.get(scan.lower(of + 1) === "the" ? of + 2 : of + 1);
    // "Jane Roe of the UK's National Crime Agency": the body the country owns is the person's
    if (c?.kind === "country" && scan.tokens[c.last + 1]?.kind === "possessive") {
      const owned = at.get(c.last + 2);
      if (owned?.via === "name" && (owned.kind === "organization" || owned.kind === "media")) c = owned;
    }
    if (c?.kind === "country" && c.note.code) {
      p.note.affiliation = `country:${c.note.code}`;
      c.note.prefix = true;
    } else if (c && c.via === "name" && (c.kind === "organization" || c.kind === "media")) {
      // "Martin Smith of PBS", "Steve Peers of the University of Essex": the body the person speaks for
      p.note.affiliation = c.note.key;
    } else if (c?.kind === "person" && c.via === "name" && !c.note.title && !c.unsure) {
      // "Mike McCready of Pearl Jam": what a person is "of" is no person
      c.kind = "organization";
      c.note = { key: `org:${slug(c.note.name)}`, name: c.note.name };
      p.note.affiliation = c.note.key;
    }
  }
}

// A sentence opener that may be a surname ("Smith", "Davis"): no frequent lower-case word spells
// it, and it heads no place, body or title ("County", "University", "Sheriff").
function surnameStarter(text: string, lower: string): boolean {
  return starterWords.has(lower) && !placeHeads.has(text) && !orgHeads.has(text) && !titleHeads.has(lower);
}

/**
 * "his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and
 * Jean-Yves Le Drian, respectively": the n-th person of a list ending in "respectively"
 * acts for the n-th state of the list of demonyms or countries before it.
 */
function distributeRespectively(scan: Scan): void {
  // most texts never use the word: one search of the text, not a test of every token
  if (!/respectively/i.test(scan.text)) return;
  const { tokens } = scan;
  let byLast: Map<number, Piece> | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (scan.lower(k) !== "respectively") continue;
    if (!byLast) {
      byLast = new Map();
      for (const p of scan.pieces) byLast.set(p.last, p);
    }
    const people: Piece[] = [];
    let j = k - 1;
    while (j >= 0) {
      const w = scan.lower(j);
      if (w === "," || w === "and") {
        j--;
        continue;
      }
      const p = byLast.get(j);
      if (!p || p.kind !== "person" || p.via !== "name") break;
      people.unshift(p);
      j = p.first - 1;
    }
    if (people.length < 2) continue;
    const states = statesBefore(scan, byLast, (people[0] as Piece).first - 1, people.length);
    if (!states) continue;
    people.forEach((p, i) => {
      p.note.affiliation = `country:${states[i]}`;
    });
  }
}

// A list of exactly `n` demonyms or countries ("Greek, Cypriot and French") ending a few words before `from`.
function statesBefore(scan: Scan, byLast: Map<number, Piece>, from: number, n: number): string[] | null {
  const stateAt = (j: number): string | null => {
    const p = byLast.get(j);
    if (p?.kind === "country" && p.first === j && p.note.code) return p.note.code;
    const e = scan.tokens[j]?.cap ? gazetteer.get(scan.tokens[j]?.text ?? "") : undefined;
    return e?.type === "demonym" ? e.code : null;
  };
  let j = from;
  while (j >= 0 && from - j < 12 && !stateAt(j)) {
    if (scan.tokens[j]?.text === ".") return null;
    j--;
  }
  const codes: string[] = [];
  while (j >= 0) {
    const code = stateAt(j);
    if (code) {
      codes.unshift(code);
      j--;
      continue;
    }
    const w = scan.lower(j);
    if (w !== "," && w !== "and") break;
    j--;
  }
  return codes.length === n ? codes : null;
}

// "John Bolton" … "Bolton said": a one-word town the gazetteer knows that is also the surname of a
// person the text names in full (a given name first, at most four words: no headline run) stands
// for that person, unless the text uses the word as a place somewhere ("in Bolton", "Allen,
// Texas"): then every bare use stays ambiguous and is left a place
function surnamesOverPlaces(scan: Scan): void {
  const surnames = new Set<string>();
  for (const p of scan.pieces)
    if (p.kind === "person" && p.via === "name" && p.last > p.first && p.last - p.first < MAX_FULL_NAME)
      if (firstNameGender.has(scan.tokens[p.first]?.text ?? ""))
        surnames.add(foldName(scan.tokens[p.last]?.text ?? ""));
  if (!surnames.size) return;
  const lone: [Piece, string][] = [];
  const placed = new Set<string>();
  for (const p of scan.pieces) {
    if (p.kind !== "location" || p.via !== "name" || p.first !== p.last) continue;
    const folded = foldName(scan.tokens[p.first]?.text ?? "");
    if (!surnames.has(folded)) continue;
    // "Allen, Texas": a place its state or country follows
    const hometown = scan.lower(p.last + 1) === "," && scan.gazetteerAt(p.last + 2, p.last + 4)?.entry.type === "place";
    if (hometown || isLocative(scan, p.first)) placed.add(folded);
    else lone.push([p, folded]);
  }
  for (const [p, folded] of lone) {
    if (placed.has(folded)) continue;
    const text = scan.tokens[p.first]?.text ?? "";
    p.kind = "person";
    p.note = { key: `person:${slug(text)}`, name: text };
  }
}
// "Jo Anne Roe Smith": a longer run of capitals is more often a headline or a title than a name
const MAX_FULL_NAME = 4;
