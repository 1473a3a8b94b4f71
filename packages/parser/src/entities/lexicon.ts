// The gazetteers and word lists under data/, indexed once for lookups.
// Phrases are keyed by their surface form with single spaces and straight
// apostrophes, as `phraseKey` builds it from the text.
import clauseWords from "../../data/clause-words.json";
import commonWords from "../../data/common-words.json";
import countries from "../../data/countries.json";
import cueVerbs from "../../data/cue-verbs.json";
import englishWords from "../../data/english-words.json";
import firstNameExtras from "../../data/first-name-extras.json";
import firstNames from "../../data/first-names.json";
import groupNouns from "../../data/group-nouns.json";
import nicknames from "../../data/nicknames.json";
import orgWords from "../../data/org-words.json";
import organizations from "../../data/organizations.json";
import placeCues from "../../data/place-cues.json";
import places from "../../data/places.json";
import platforms from "../../data/platforms.json";
import pronouns from "../../data/pronouns.json";
import regions from "../../data/regions.json";
import stateAbbreviations from "../../data/state-abbreviations.json";
import titles from "../../data/titles.json";

export type Gender = "m" | "f";

export type GazetteerEntry =
  | { type: "country"; code: string; name: string }
  | { type: "demonym"; code: string; name: string }
  | { type: "capital"; code: string; name: string }
  | { type: "seat"; code: string; name: string }
  | { type: "place"; name: string; code?: string }
  | {
      type: "org";
      name: string;
      kind: "organization" | "media";
      code: string | null;
      country: string | null;
      seat: boolean;
      /** A name many states give their own body ("Senate"): `country` is only the likeliest. */
      shared: boolean;
    };

export interface Country {
  code: string;
  name: string;
  demonym: string | null;
  /** A sovereign state, not a territory ("Puerto Rico", "Guam") another state governs. */
  independent: boolean;
}

export const countryByCode = new Map<string, Country>();
/** Surface form → entry; the longest phrase wins when several start at one token. */
export const gazetteer = new Map<string, GazetteerEntry>();
export let maxPhraseTokens = 1;

/** First word of every gazetteer phrase → the most tokens a phrase starting with it can span. */
export const phraseStarts = new Map<string, number>();

function add(surface: string, entry: GazetteerEntry): void {
  const key = phraseKey(surface);
  if (!gazetteer.has(key)) gazetteer.set(key, entry);
  // tokens, counting the punctuation a phrase may hold ("Washington, D.C.", "Guinea-Bissau")
  const span = key.split(/[\s,]+/).length + (key.match(/,/g)?.length ?? 0) + 1;
  // ("People's Republic of China" starts at the token "People": the tokenizer splits off the possessive)
  const first = (key.split(/[\s,]/)[0] as string).replace(/'s$/, "");
  phraseStarts.set(first, Math.max(phraseStarts.get(first) ?? 0, span));
  maxPhraseTokens = Math.max(maxPhraseTokens, span + 1);
}

export function phraseKey(s: string): string {
  if (!needsKeying(s)) return s;
  return s.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

// Whether `s` holds a curly apostrophe, a tab, a line break, a no-break space or two
// spaces in a row: a character loop, since this runs for every phrase the scan tries.
function needsKeying(s: string): boolean {
  let white = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 9 || c === 10 || c === 0xa0) return true;
    const w = c === 32 || (c >= 11 && c <= 13) || (c > 0xff && /\s/.test(s[i] as string));
    if (w && white) return true;
    white = w;
  }
  return false;
}

for (const c of countries) {
  countryByCode.set(c.code, {
    code: c.code,
    name: c.name,
    demonym: c.demonyms[0] ?? null,
    independent: c.independent !== false,
  });
}
for (const e of organizations.entries) {
  const entry: GazetteerEntry =
    e.kind === "seat"
      ? { type: "seat", code: e.country ?? "", name: e.name }
      : {
          type: "org",
          name: e.name,
          kind: e.kind === "media" ? "media" : "organization",
          code: e.code ?? null,
          country: e.country ?? null,
          seat: e.seat === true,
          shared: e.shared === true,
        };
  for (const s of [e.name, ...e.aliases]) add(s, entry);
}
// Country names before capitals and demonyms: "Georgia" the country beats any city of that name.
for (const c of countries) for (const n of c.names) add(n, { type: "country", code: c.code, name: c.name });
for (const c of countries) for (const d of c.demonyms) add(d, { type: "demonym", code: c.code, name: c.name });
for (const c of countries) for (const k of c.capitals) add(k, { type: "capital", code: c.code, name: k });
for (const r of regions.names) add(r, { type: "place", name: r });
for (const [code, names] of Object.entries(places.byCountry))
  for (const r of names.split("|")) add(r, code ? { type: "place", name: r, code } : { type: "place", name: r });
// "Nashua, N.H.": a division's dotted abbreviation is that division, a place
for (const [code, names] of Object.entries(stateAbbreviations.byCountry))
  for (const [short, name] of Object.entries(names)) add(short, { type: "place", name, code });
/** US states as news style abbreviates them, without their full stop ("Calif", "Fla"). */
export const stateAbbreviationWords: ReadonlySet<string> = new Set(Object.keys(stateAbbreviations.apStyle));
/** States and provinces (first-level divisions) → the alpha-3 code of their country. */
export const stateCountry = new Map<string, string>();
for (const [code, names] of Object.entries(places.states)) for (const n of names.split("|")) stateCountry.set(n, code);
/**
 * A US state's name by how a lawmaker's party-and-state tag writes it ("Vt." in "(I-Vt.)", "N.Y."
 * in "(D-N.Y.)", "Texas" in "(R-Texas)"): the news-style short forms with their full stop, the
 * dotted initials, and the full names of states news style never shortens.
 */
export const usStateByTag = new Map<string, string>();
for (const [short, name] of Object.entries(stateAbbreviations.apStyle)) usStateByTag.set(`${short}.`, name);
for (const [short, name] of Object.entries(stateAbbreviations.byCountry.USA ?? {})) usStateByTag.set(short, name);
for (const [name, code] of stateCountry) if (code === "USA") usStateByTag.set(name, name);
/** Adjectives of region, faith or language ("Latin American", "Catholic"): never names on their own. */
export const regionAdjectives = new Set(regions.adjectives);
/** Last and first words of a place's name that no list holds ("Cotabato Trench", "Mount Apo"). */
export const placeHeads = new Set(regions.placeHeads);
export const surnameHeads = new Set(regions.surnameHeads);
export const placeStarts = new Set(regions.placeStarts);

export const commonWordSet = new Set(commonWords.words);
export const notNames = new Set(commonWords.notNames);
export const englishWordSet = new Set(englishWords.words.split("|"));
/**
 * Words the subtitles mostly write capitalised ("Apparently", "Smith"): ordinary at a sentence's
 * start, though some are surnames, which no frequent lower-case word spells.
 */
export const starterWords = new Set<string>();
// a sentence opener the gazetteers know as a name ("Boston", "Europe") stays a name
for (const w of englishWords.starters.split("|"))
  if (!gazetteer.has(w.charAt(0).toUpperCase() + w.slice(1)) && !englishWordSet.has(w)) starterWords.add(w);
for (const w of starterWords) englishWordSet.add(w);
/**
 * Rarer words the subtitles still write in lower case ("vigils", "hastily", "spurns"): ordinary
 * only where a capital proves nothing (a sentence's or a headline's word, a word in capitals),
 * unless a gazetteer or the platforms know the word as a name ("Twitter"). Short ones are left
 * out: at four letters or fewer the rare lower-case word is as often a given name or an acronym
 * ("Mitt", "FIDE").
 */
export const rarerWordSet = new Set<string>();
const RARER_MIN_LENGTH = 5;
const platformNames = new Set(platforms.names);
for (const w of englishWords.rarer.split("|"))
  if (w.length >= RARER_MIN_LENGTH && !platformNames.has(w) && !gazetteer.has(w.charAt(0).toUpperCase() + w.slice(1)))
    rarerWordSet.add(w);
// "were arrested", "have been jailed": the auxiliaries before a passive participle
export const passiveAuxiliaries: ReadonlySet<string> = new Set(clauseWords.passiveAuxiliaries);
export const participleFollowers: ReadonlySet<string> = new Set(clauseWords.participleFollowers);
/** Words that follow a clause's subject, not a noun's modifier ("the French were", "the Chinese said"). */
export const wordsAfterSubject: ReadonlySet<string> = new Set([
  ...clauseWords.beForms,
  ...clauseWords.passiveAuxiliaries,
  ...clauseWords.modalAuxiliaries.filter((w) => w !== "to"),
  ...clauseWords.reportingVerbs,
]);

export const firstNameGender = new Map<string, Gender | null>();
for (const g of ["m", "f", "x"] as const)
  for (const n of firstNames[g].split("|")) firstNameGender.set(n, g === "x" ? null : g);
// "Chuck", "Newt": short forms the generated list lacks; "Barack", "Carly": news names it lacks
for (const list of [nicknames, firstNameExtras])
  for (const g of ["m", "f", "x"] as const)
    for (const n of list[g]) if (!firstNameGender.has(n)) firstNameGender.set(n, g === "x" ? null : g);
/** Given names that spell a frequent English word ("Al", "Will"): a name only before a surname. */
export const wordGivenNameGender = new Map<string, Gender | null>();
for (const g of ["m", "f", "x"] as const)
  for (const n of nicknames.wordNames[g]) wordGivenNameGender.set(n, g === "x" ? null : g);
export const honorifics = new Map<string, Gender | null>(
  Object.entries(titles.honorifics) as [string, Gender | null][],
);
export const titleHeads = new Set(titles.heads);
export const titleModifiers = new Set(titles.modifiers);
export const portfolioWords = new Set(titles.portfolios);
export const kinNouns = new Set(titles.kin);
export const namingNouns = new Set(titles.namingNouns);
export const participantRoles = new Set(titles.participants);
export const stateOffices = new Set(titles.stateOffices);
export const federalSeats = new Set(titles.federalSeats);
export const officeAbbreviations = new Map<string, string>(Object.entries(titles.officeAbbreviations));
export const roleClass = new Map<string, string>(
  Object.entries(titles.roles).filter(([k]) => !k.startsWith("_")) as [string, string][],
);
/** Words that make a title a lower office than its head word: its role class is "sub:" + the head's. */
export const SUBORDINATE_WORDS = new Set(["vice", "deputy", "assistant", "associate", "under"]);
export const orgSuffixes = new Set(orgWords.suffixes);
export const orgHeads = new Set(orgWords.orgHeads);
export const subBodies = new Set(orgWords.subBodies);
export const partyAdjectives = new Set(orgWords.partyAdjectives);
/** A lawmaker's party-and-state tag's initial → its party's adjective ("R" in "(R-Texas)" → Republican). */
export const partyInitials: ReadonlyMap<string, string> = new Map(Object.entries(orgWords.partyInitials));
/** A party's adjective or member noun, before a person's name ('Republican Jo Roe', 'Democrat Al Poe'). */
export const partyQualifiers = new Set([...orgWords.partyAdjectives, ...orgWords.partyMembers]);
/** Suffixes that make a name an organization's even in its middle ("Combined Joint Task Force Operation ..."). */
export const innerOrgWords = new Set(orgWords.suffixes.filter((w) => !orgWords.genericSuffixes.includes(w)));
export const mediaSuffixes = new Set(orgWords.mediaSuffixes);
export const mediaAfterMedia = new Set(orgWords.mediaAfterMedia);
export const eventNouns = new Set(orgWords.eventNouns);
export const programmeNouns = new Set(orgWords.programmeNouns);
/** A lone word ending so ("Marxism", "Criminalizing") is a common word, not a name. */
export const commonEnding = new RegExp(`(?:${orgWords.commonEndings.join("|")})$`);
export const mediaNouns = new Set(orgWords.mediaNouns);
export const mediaVerbs = new Set(orgWords.mediaVerbs);
export const stateBodies = new Map<string, string>(
  Object.entries(orgWords.stateBodies).filter(([k]) => !k.startsWith("_")) as [string, string][],
);
export const groupNounSet = new Set(groupNouns.nouns);
/** Plural nouns that make a group only as a reporting verb's subject ("aides said"). */
export const speakerNouns = new Set<string>(groupNouns.speakers);
/** Words that may stand between a group and its reporting verb ("activists here insist"). */
export const wordsBeforeSpeakingVerb = new Set<string>(groupNouns.beforeSpeakingVerb);
/** Collective nouns whose modifiers say which members they are ("student groups", "tech companies"). */
export const genericGroups = new Set<string>(groupNouns.generic);
/**
 * One-word reporting verbs a plural subject takes ("critics argue", "aides said", "residents
 * saying"): the claim stage's cues without their third-person forms, which after a plural are
 * nouns ("voter reports") rather than verbs.
 */
export const pluralCueVerbs = new Set<string>(
  cueVerbs.verbs.flatMap((v) => v.forms).filter((f) => !f.includes(" ") && (!f.endsWith("s") || f.endsWith("ss"))),
);
/** Every one-word form of the reporting cues ("says", "said", "argued", "claiming"). */
export const cueVerbForms = new Set<string>(cueVerbs.verbs.flatMap((v) => v.forms).filter((f) => !f.includes(" ")));
/** Group noun → the body its members sit in ("senators" → "Senate"). */
export const memberOf = new Map<string, string>(Object.entries(groupNouns.memberOf));
export const collectives = new Set(groupNouns.collectives.map((s) => s.toLowerCase()));
export const pronounGender = new Map<string, Gender>(
  Object.entries(pronouns).filter(([k]) => !k.startsWith("_")) as [string, Gender][],
);
export const countryBodies = new Set(orgWords.countryBodies);
export const bareBodies = new Set(orgWords.bareBodies);
/** Nouns a body's word modifies right before them ("the military campaign"): no body there. */
export const bodyModifiedNouns: ReadonlySet<string> = new Set(orgWords.bodyModifiedNouns);
/** Bare bodies that are none without a state to belong to ("the opposition", "the embassy"). */
export const stateOnlyBodies = new Set<string>(orgWords.stateOnlyBodies);
export const stateMedia = new Set(orgWords.stateMedia);
export const countryNouns = new Set(groupNouns.countryNouns);
/** "Muslims", "evangelicals" → the group's name, capitalised as a name ("Evangelicals"). */
export const faithGroups: ReadonlyMap<string, string> = new Map(
  groupNouns.faiths.map((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]),
);
/** "hackers": after a state's name, that state's people but not the state; a group affiliated with it. */
export const stateGroups: ReadonlySet<string> = new Set(groupNouns.stateGroups);
/** "officials", "authorities": bare, a state's officials as a whole. */
export const officialNouns: ReadonlySet<string> = new Set(groupNouns.officialNouns);
/** Public services whose officials are a group of their own ("health officials", "security officials"). */
export const officialSectors = new Set<string>(groupNouns.officialSectors);
export const groupModifiers = new Set(groupNouns.modifiers);
/** Words before a group's noun that say which group it is, and where a field's noun may stand (group-qualifiers.ts). */
export const groupQualifierWords = {
  standing: new Set<string>(groupNouns.qualifiers.standing),
  openers: new Set<string>(groupNouns.qualifiers.openers),
  notFields: new Set<string>(groupNouns.qualifiers.notFields),
};
/** Chamber names and party member nouns that make a chamber's party group ("Senate Republicans"). */
export const chamberParties = {
  chambers: new Set<string>(groupNouns.chamberParties.chambers),
  members: new Set<string>(groupNouns.chamberParties.members),
};
/** Verbs whose object is a participant ("urged voters"): a group named after one takes part. */
export const groupActedOn = new Set(groupNouns.acted);
/** Plain nouns for people that name a participant only counted and acted on ("arrested twelve people"). */
export const countedNouns = new Set<string>(groupNouns.counted);
/** Words opening a count ("at least 50 people"), one or two words. */
export const countLeads = new Set<string>(groupNouns.countLeads);
/** Groups whose members a story's counted "people" usually are ("at least 71 people were arrested" among protesters). */
/** Coercive and violent acts that make counted people a participant ("arrested twelve people", "nine men were jailed"). */
export const countedActs = new Set<string>(groupNouns.countedActs);
export const crowdNouns = new Set<string>(groupNouns.crowds);
/** Violent acts whose plural object is their victims ("shot shoppers", "injuring three guards"). */
export const harmingActs = new Set<string>(groupNouns.harmed);
export const violentParticles = new Set<string>(groupNouns.violentParticles);
/** Plural nouns for people a request, an order or a ban may fall on as a body ("urged residents to"): every group noun too. */
export const addresseeNouns = new Set<string>([...groupNouns.addressees, ...groupNouns.counted, ...groupNouns.nouns]);
/** Verbs that ask, tell or bar their object ("urged X to", "called on X to", "banned X from"): the particle after the verb and the word after the object. */
export const addressingVerbs = new Map<string, readonly [string, string]>(
  Object.entries(groupNouns.addressing).map(
    ([verb, [particle, after]]) => [verb, [particle ?? "", after ?? "to"]] as const,
  ),
);
export const miscSuffixes = new Set(orgWords.miscSuffixes);
/** Lower-case nouns that make a body of the name before them ("Omsk hospital"), one or two words. */
export const placeBodies = new Set<string>(orgWords.placeBodies);
/** Words around an unknown name that make it a body's, not a person's (org-words.json `_orgCues`). */
export const orgCuesBefore = new Set<string>(orgWords.cuesBefore);
export const descriptorNouns = new Set<string>(orgWords.descriptorNouns);
export const orgCuesAfter = new Set<string>(orgWords.cuesAfter);
export const orgCuesPossessed = new Set<string>(orgWords.cuesPossessed);
export const orgCuesTitleOf = new Set<string>(orgWords.cuesTitleOf);
export const peopleAt = new Set<string>(orgWords.peopleAt);
export const eventHeads = new Set<string>(orgWords.eventHeads);
export const possessors = new Set<string>(orgWords.possessors);
/** Nouns after a person's possessive that name a body of the person's own ("Roe's campaign", "Roe's office"). */
export const possessedBodies: ReadonlySet<string> = new Set(orgWords.possessedBodies);
/** Offices whose possessive heads a body's name ("the County Coroner's Office"). */
export const officePossessors: ReadonlySet<string> = new Set(orgWords.officePossessors);
/** Lower-case nouns around a name no list knows that make it a place (place-cues.json). */
export const placeCuesBefore = new Set<string>(placeCues.before);
export const placeCuesAfter = new Set<string>(placeCues.after);
/** "shares in Dravo": after these nouns "in" names a firm (org-words.json `holdingsIn`). */
export const holdingsIn = new Set<string>(orgWords.holdingsIn);
