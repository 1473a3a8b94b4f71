import type { Mention } from "../model.js";
import { apposedPersonCue } from "./apposed-names.js";
import { foldName } from "./fold-name.js";
import {
  collectives,
  commonEnding,
  commonWordSet,
  countryByCode,
  englishWordSet,
  eventNouns,
  firstNameGender,
  type GazetteerEntry,
  type Gender,
  gazetteer,
  groupNounSet,
  holdingsIn,
  honorifics,
  innerOrgWords,
  kinNouns,
  mediaAfterMedia,
  mediaNouns,
  mediaSuffixes,
  mediaVerbs,
  miscSuffixes,
  notNames,
  orgHeads,
  orgSuffixes,
  partyAdjectives,
  partyQualifiers,
  peopleAt,
  placeCuesAfter,
  placeCuesBefore,
  placeHeads,
  placeStarts,
  portfolioWords,
  possessors,
  rarerWordSet,
  regionAdjectives,
  stateCountry,
  subBodies,
  surnameHeads,
  titleHeads,
  titleModifiers,
  wordGivenNameGender,
  wordsAfterSubject,
} from "./lexicon.js";
import { isLoneOpener } from "./lone-opener.js";
import type { MentionNote } from "./mention-note.js";
import {
  beforeDemonym,
  hyphenatedGivenName,
  innerAdjective,
  OCCUPATION,
  opensBody,
  opensNumberedBody,
  opensTitle,
  possessiveName,
  type Run,
} from "./name-runs.js";
import type { Piece, Scan } from "./scan.js";
import { stateOfficeActs } from "./state-office.js";
import { givenNameBeforeSurname, tailOfPerson, wordGivenName } from "./word-given-names.js";

const COMPASS = new Set([
  "North",
  "South",
  "East",
  "West",
  "Northern",
  "Southern",
  "Eastern",
  "Western",
  "Central",
  "Upper",
  "Lower",
  "Northeast",
  "Northwest",
  "Southeast",
  "Southwest",
]);

// A capitalised noun of a trade or role by its ending ("Historian", "Podcaster", "Whistleblower").

// For a name no list knows, only these say "place": "support from Biden" is no place.
const STRONG_LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "outside",
  "around",
  "across",
  "inside",
  "throughout",
  "between",
  "within",
]);
// Prepositions after which a capital or an unknown name is a place, not an actor.
const LOCATIVE = new Set([...STRONG_LOCATIVE, "from", "into", "towards", "toward", "via"]);

// First words of the two-word media nouns ("news agency"): the two-word key is built only after one.
const MEDIA_FIRST_WORDS = new Set([...mediaNouns].filter((w) => w.includes(" ")).map((w) => w.split(" ")[0] as string));

// ("François Hollande" and "Francois Hollande": copy drops accents, and the key is one person's)
export const slug = (s: string) => {
  const lower = foldName(s).toLowerCase();
  return /[’']|\s\s|[\t\n]/.test(lower) ? lower.replace(/[’']/g, "").replace(/\s+/g, " ").trim() : lower;
};

/** What a person's name carries from the words before it. */
export interface Context {
  title: string[];
  affiliation: string | null;
  gender: Gender | null;
  honorific: boolean;
  /** Token where a country or demonym prefix began, for an organization that includes it ("Russian Foreign Ministry"). */
  prefixStart: number;
  prefixName: string | null;
  seatOf: string | null;
  /** The name follows its title's "of" / "for" ("CEO of Tesco"): the body the title belongs to. */
  ofTitle: boolean;
}

/**
 * Splits one run of capitalised words into the names it holds and types
 * each: gazetteer phrases, a demonym or country prefix, titles and
 * honorifics, then the name itself by its last word (an organization's
 * suffix), its first word (a first name), or the words around it.
 */
export const emptyContext = (): Context => ({
  title: [],
  affiliation: null,
  gender: null,
  honorific: false,
  prefixStart: -1,
  prefixName: null,
  seatOf: null,
  ofTitle: false,
});

// "Historian Darcy Richardson", "Podcaster Spike Cohen": an occupation's noun before a first name
// and a surname is the person's title, not a part of the name (nor an ordinary word to drop)
function occupationTitle(scan: Scan, pos: number, last: number): boolean {
  const text = scan.tokens[pos]?.text ?? "";
  return (
    pos + 2 <= last &&
    OCCUPATION.test(text) &&
    (/(?:ist|ian)$/.test(text) || englishWordSet.has(scan.lower(pos)) || rarerWordSet.has(scan.lower(pos))) &&
    firstNameGender.has(scan.tokens[pos + 1]?.text ?? "") &&
    !firstNameGender.has(text) &&
    !scan.gazetteerAt(pos, last) &&
    !endsAsOrganization(scan, pos, last)
  );
}

const STANCE_ADJECTIVE = /^(?:Pro|Anti)-/;

export function classifyRun(scan: Scan, run: Run): void {
  const { tokens } = scan;
  let pos = run.first;
  // a leading "The" / sentence-initial ordinary word is no part of a name
  while (
    pos <= run.last &&
    ((scan.isOrdinaryCapital(pos) &&
      !opensBody(scan, pos) &&
      !opensTitle(scan, pos) &&
      !opensNumberedBody(scan, pos) &&
      tokens[pos + 1]?.text !== "&" &&
      !(pos < run.last && hyphenatedGivenName(scan, pos + 1))) ||
      beforeDemonym(scan, pos) ||
      partyBeforeBody(scan, pos, run.last) ||
      partyBeforePerson(scan, pos, run.last)) &&
    !possessiveName(scan, pos) &&
    !occupationTitle(scan, pos, run.last) &&
    !honorifics.has(tokens[pos]?.text ?? "") &&
    !(innerAdjective(scan, pos) && !tokens[pos]?.sentStart) &&
    !scan.gazetteerAt(pos, run.last)
  )
    pos++;
  const ctx = emptyContext();
  if (occupationTitle(scan, pos, run.last)) {
    ctx.title.push(tokens[pos]?.text ?? "");
    scan.named[pos] = 1;
    pos++;
  }
  while (pos <= run.last) {
    const w = scan.lower(pos);
    if (w === "of" || w === "the" || w === "and" || w === "for") {
      if (w !== "the") ctx.ofTitle = ctx.title.length > 0 && w !== "and";
      pos++;
      continue;
    }
    const hit = scan.gazetteerAt(pos, run.last);
    if (hit) {
      // "Islamic Revolutionary Guard Corps of Iran": the organization of a state, as one name
      if (hit.entry.type === "org" && scan.lower(hit.last + 1) === "of") {
        const after = scan.lower(hit.last + 2) === "the" ? hit.last + 3 : hit.last + 2;
        const of = scan.gazetteerAt(after, run.last);
        if (of?.entry.type === "country" && of.last === run.last) {
          const note: MentionNote = {
            key: `org:${slug(hit.entry.name)}`,
            name: hit.entry.name,
            code: hit.entry.code,
            affiliation: `country:${of.entry.code}`,
          };
          scan.add({
            start: tokens[pos]?.start ?? 0,
            end: tokens[run.last]?.end ?? 0,
            first: pos,
            last: run.last,
            kind: hit.entry.kind,
            via: "name",
            note,
          });
          return;
        }
        // "Supreme Court of Justice": the known name is the head of a longer one
        if (!of && hit.last + 2 <= run.last) break;
      }
      const rest = hit.last < run.last;
      // "House Intelligence Committee": a committee of a known body, named as one, is that body's
      if (rest && hit.entry.type === "org" && subBodies.has(tokens[run.last]?.text ?? "")) {
        ctx.prefixStart = pos;
        ctx.prefixName = scan.slice(pos, hit.last);
        ctx.affiliation = `org:${slug(hit.entry.name)}`;
        pos = hit.last + 1;
        break;
      }
      // "Victoria Beckham": a place's name at the head of a longer name is that name's;
      // but "Senator from Vermont Jo Roe": a place before a first name and a surname is where
      // the title before it is held, and the person's name starts at the first name
      if (rest && hit.entry.type === "place" && !endsAsOrganization(scan, hit.last + 1, run.last)) {
        // "Texas Sen. Jo Roe", "Ohio Gov. Al Poe": a place before an honorific is where the title
        // is held; the honorific and the name after it are read on
        const honorific = placeBeforeTitle(scan, hit.last, run.last);
        if (honorific >= 0) {
          gazetteerPiece(scan, hit.entry, pos, hit.last, ctx, false);
          pos = honorific;
          continue;
        }
        if (!placeBeforePerson(scan, pos, hit.last, run.last)) break;
        gazetteerPiece(scan, hit.entry, pos, hit.last, ctx, false);
        pos = hit.last + 1;
        break;
      }
      // "Israel Radio", "China Daily": a state's name heading a media outlet's
      const outlet = rest && run.last === hit.last + 1 && mediaSuffixes.has(tokens[run.last]?.text ?? "");
      if (
        rest &&
        (endsAsOrganization(scan, hit.last + 1, run.last) || outlet) &&
        hit.entry.type !== "org" &&
        !knownBodyThenMore(scan, hit.last + 1, run.last)
      ) {
        // "Russian Foreign Ministry", "Atlantic Council": the prefix belongs to the organization's name
        ctx.prefixStart = pos;
        ctx.prefixName = scan.slice(pos, hit.last);
        if (hit.entry.type !== "place") ctx.affiliation = `country:${hit.entry.code}`;
        pos = hit.last + 1;
        break;
      }
      gazetteerPiece(scan, hit.entry, pos, hit.last, ctx, rest);
      pos = hit.last + 1;
      continue;
    }
    const t = tokens[pos];
    if (!t) break;
    const hon = honorifics.get(t.text);
    if (hon !== undefined && pos < run.last) {
      ctx.honorific = true;
      ctx.gender = hon;
      ctx.title.push(t.text);
      pos++;
      continue;
    }
    // "General Assembly", "Supreme Court of Justice": title words that open an institution's name
    if (endsAsOrganization(scan, pos, run.last) && !hasFirstName(scan, pos, run.last) && !titleOf(scan, pos, run.last))
      break;
    const titleEnd = titleLength(scan, pos, run.last, ctx);
    if (titleEnd >= pos) {
      // the title is this name's: no description of its own
      scan.named.fill(1, pos, titleEnd + 1);
      pos = titleEnd + 1;
      continue;
    }
    break;
  }
  if (pos > run.last) {
    titleInApposition(scan, run.first, ctx);
    return;
  }
  // only title words left ("the President said"): a description, found by its own pass
  let allTitle = true;
  for (let k = pos; k <= run.last && allTitle; k++)
    allTitle = titleHeads.has(scan.lower(k)) || titleModifiers.has(scan.lower(k));
  if (allTitle) return;
  const before = scan.pieces.length;
  nameCore(scan, pos, run.last, ctx);
  // "the President of the National Assembly": the title's body, no person of its own
  const added = scan.pieces.slice(before);
  if (
    ctx.title.length &&
    added.length &&
    added.every((p) => p.kind === "organization" || p.kind === "country" || (p.kind === "location" && ctx.ofTitle))
  )
    titleInApposition(scan, run.first, ctx);
}

// A demonym whose plural is the word itself ("Chinese", "British", "French", "Swiss").
const UNINFLECTED_DEMONYM = /(?:ese|sh|ch|ss)$/;
// Punctuation that ends a noun phrase: "dared the Chinese.", "the French, who ...".
const PHRASE_ENDS = new Set([",", ".", ";", ":", "?", "!", ")"]);

/**
 * "The British relinquished control", "the Chinese said", "warned the French.": "the" and an
 * uninflected demonym that is the phrase's head, not a modifier ("the British government"),
 * are the state's people; a verb or the phrase's end follows.
 */
function peopleOfState(scan: Scan, first: number, last: number): boolean {
  if (first !== last || scan.lower(first - 1) !== "the") return false;
  if (!UNINFLECTED_DEMONYM.test(scan.tokens[first]?.text ?? "")) return false;
  const next = scan.tokens[last + 1];
  if (!next) return true;
  if (next.kind !== "word") return PHRASE_ENDS.has(next.text);
  const w = scan.lower(last + 1);
  return wordsAfterSubject.has(w) || (w.length > 4 && w.endsWith("ed") && !next.cap);
}

export function gazetteerPiece(
  scan: Scan,
  entry: GazetteerEntry,
  first: number,
  last: number,
  ctx: Context,
  rest: boolean,
): void {
  const start = scan.tokens[first]?.start ?? 0;
  const end = scan.tokens[last]?.end ?? 0;
  // pieces are written out whole, not spread from a shared base: spreads were a hot spot here
  switch (entry.type) {
    case "demonym": {
      scan.hints.push({ start, end, code: entry.code, used: rest });
      if (rest) ctx.affiliation = `country:${entry.code}`;
      else if (scan.text.charCodeAt(end - 1) === 115 || peopleOfState(scan, first, last)) {
        // "Serbians protested", "the British relinquished": the people stand for their state, as "Russians" do
        scan.add({ start, end, first, last, kind: "country", via: "description", note: countryNote(entry.code) });
      }
      return;
    }
    case "country": {
      // "US$22,900", "HK$ 5": a currency's sign, not the state
      if (scan.text.charCodeAt(end) === 36) return;
      // "Ambassador to Germany Richard Grenell": the host, not the state the envoy serves
      // "US Special Representative for Iran Brian Hook": the first state named is the one served
      if (rest && !isHost(scan, first) && !ctx.affiliation) ctx.affiliation = `country:${entry.code}`;
      const note = countryNote(entry.code);
      note.prefix = rest;
      scan.add({ start, end, first, last, kind: "country", via: "name", note });
      return;
    }
    case "seat":
      scan.add({ start, end, first, last, kind: "country", via: "metonym", note: countryNote(entry.code) });
      if (rest) ctx.affiliation = `country:${entry.code}`;
      return;
    case "capital": {
      if ((isLocative(scan, first) || isDateline(scan, first, last)) && !ctx.title.length) {
        scan.add({
          start,
          end,
          first,
          last,
          kind: "location",
          via: "name",
          note: { key: `loc:${slug(entry.name)}`, name: entry.name },
        });
        return;
      }
      scan.add({ start, end, first, last, kind: "country", via: "metonym", note: countryNote(entry.code) });
      return;
    }
    case "place":
      scan.add({
        start,
        end,
        first,
        last,
        kind: "location",
        via: "name",
        note: { key: `loc:${slug(entry.name)}`, name: entry.name, code: entry.code ?? null },
      });
      return;
    case "org": {
      const note: MentionNote = { key: `org:${slug(entry.name)}`, name: entry.name, code: entry.code };
      if (entry.country) note.affiliation = `country:${entry.country}`;
      if (entry.seat && entry.country) {
        ctx.seatOf = `country:${entry.country}`;
        note.seatOf = ctx.seatOf;
      }
      if (rest) ctx.affiliation = entry.seat && entry.country ? `country:${entry.country}` : note.key;
      scan.add({ start, end, first, last, kind: entry.kind, via: "name", note });
      return;
    }
  }
}

// "United States House of Representatives Speaker Jo Roe": after the state comes a body the
// gazetteer knows and then more (a title, a person), so the state is no part of one long name
function knownBodyThenMore(scan: Scan, first: number, last: number): boolean {
  const body = scan.gazetteerAt(first, last);
  return body?.entry.type === "org" && body.last < last && !endsAsOrganization(scan, body.last + 1, last);
}

// "Vermont Jo Roe": a place no first name spells, then a first name and a surname after it
// ("Washington Irving", "Sydney Ann Roe" stay one name)
function placeBeforePerson(scan: Scan, first: number, placeLast: number, last: number): boolean {
  if (last < placeLast + 2 || firstNameGender.has(scan.tokens[placeLast]?.text ?? "")) return false;
  if (!firstNameGender.has(scan.tokens[placeLast + 1]?.text ?? "")) return false;
  return !firstNameGender.has(scan.tokens[first]?.text ?? "");
}

// "Texas Sen. Jo Roe", "Maryland Gov. Al Poe": an abbreviated honorific right after the place
// (or after a party's adjective or initials after it: "Idaho Republican Sens. Jo Roe and Al Poe",
// "Texas GOP Sen. Jo Roe"), and a name
// after it (a title word, "Ohio Attorney General Jo Roe", is read by stateBeforeTitle)
// (the honorific's index, or -1; the party's adjective is left out of every name)
function placeBeforeTitle(scan: Scan, placeLast: number, last: number): number {
  let k = placeLast + 1;
  const w = scan.tokens[k]?.text ?? "";
  if ((regionAdjectives.has(w) || partyQualifiers.has(w)) && k < last) k++;
  const t = scan.tokens[k];
  return t && last > k && t.text.endsWith(".") && honorifics.has(t.text) ? k : -1;
}

// "MOSCOW (Reuters) -", "LONDON 1996-08-30": the place a story was filed from
function isDateline(scan: Scan, first: number, last: number): boolean {
  if (!scan.tokens[first]?.lineStart) return false;
  const next = scan.tokens[last + 1];
  return !next || next.lineStart || /^[(\-—–,]$/.test(next.text) || /\d/.test(next.text);
}

function isHost(scan: Scan, first: number): boolean {
  let k = first - 1;
  if (scan.lower(k) === "the") k--;
  return scan.lower(k) === "to" || scan.lower(k) === "in" || scan.lower(k) === "for";
}

export function countryNote(code: string): MentionNote {
  const c = countryByCode.get(code);
  return { key: `country:${code}`, name: c?.name ?? code, code };
}

export function isLocative(scan: Scan, first: number, strong = false): boolean {
  let k = first - 1;
  if (scan.lower(k) === "the") k--;
  return (strong ? STRONG_LOCATIVE : LOCATIVE).has(scan.lower(k));
}

// Title words at the head of a run ("US Secretary of State", "President of Ukraine",
// "Police and Crime Commissioner"); returns the last title token, or pos - 1 when none.
function titleLength(scan: Scan, pos: number, last: number, ctx: Context): number {
  let k = pos;
  let head = -1;
  while (k < last) {
    const w = scan.lower(k);
    const two = `${w} ${scan.lower(k + 1)}`;
    if (titleHeads.has(two) && k + 1 < last) {
      head = k + 1;
      k += 2;
      continue;
    }
    if (titleHeads.has(w) || (w.endsWith("s") && titleHeads.has(w.slice(0, -1)))) head = k;
    else if (!titleModifiers.has(w) && w !== "and") break;
    k++;
  }
  if (head < 0) return pos - 1;
  let end = head;
  // "President of Ukraine", "Secretary of State", "Minister for Health": the "of" part belongs to the title
  if (scan.lower(end + 1) === "of" && end + 2 <= last) {
    const hit = scan.gazetteerAt(end + 2, last);
    if (hit && hit.last < last) {
      if (hit.entry.type === "country" || hit.entry.type === "org") {
        gazetteerPiece(scan, hit.entry, end + 2, hit.last, ctx, true);
      }
      end = hit.last;
    } else if (scan.lower(end + 2) === "state" && end + 2 < last) end += 2;
    else end = portfolioEnd(scan, end + 2, last, end);
  } else if (scan.lower(end + 1) === "for" && end + 2 <= last) end = portfolioEnd(scan, end + 2, last, end);
  ctx.title.push(scan.slice(pos, end));
  return end;
}

/**
 * "Minister of Information Jo Roe", "Director of National Intelligence Jo Roe": the
 * portfolio a title is "of" is common words (capitalised), and the holder's name starts at
 * the first word that is a given name or no common word. Returns the portfolio's last token,
 * or `head` when the words after "of" are no portfolio followed by a name.
 */
function portfolioEnd(scan: Scan, from: number, last: number, head: number): number {
  let k = scan.lower(from) === "the" ? from + 1 : from;
  let end = -1;
  for (; k < last; k++) {
    const t = scan.tokens[k];
    if (!t || t.kind !== "word") break;
    const w = scan.lower(k);
    if (w === "and" && end >= 0) continue;
    // "Governor of New Mexico", "Speaker of the House", "Attorney of the Acme Foundation": a known
    // name or an institution's word is read as such by the caller, not as a portfolio
    if (orgSuffixes.has(t.text) || orgHeads.has(t.text)) return head;
    if (firstNameGender.has(t.text)) break;
    if (scan.gazetteerAt(k, last)) return head;
    if (!t.cap || !(englishWordSet.has(w) || portfolioWords.has(w))) break;
    end = k;
  }
  // no portfolio, or one ending in "and": nothing read; the holder's name must start right after
  if (end < 0 || k !== end + 1) return head;
  const name = scan.tokens[k];
  if (!name || name.kind !== "word" || orgSuffixes.has(name.text) || orgHeads.has(name.text)) return head;
  // the holder: a given name, or a word no dictionary holds ("Moammar al-Eryani")
  if (!firstNameGender.has(name.text) && englishWordSet.has(scan.lower(k))) return head;
  return end;
}

// "Commission on Audit", "Organisation for Security ...": an institution's head word then
// "of" / "on" / "for" with more of the name after it.
const HEAD_JOINERS = new Set(["of", "on", "for"]);

function endsAsOrganization(scan: Scan, first: number, last: number): boolean {
  const w = scan.tokens[last]?.text ?? "";
  if (orgSuffixes.has(w)) return true;
  for (let k = first; k < last; k++)
    if (orgHeads.has(scan.tokens[k]?.text ?? "") && HEAD_JOINERS.has(scan.lower(k + 1))) return true;
  // "Women for America First", "Lawyers for Human Rights": people named for a cause
  return scan.lower(first + 1) === "for" && first + 1 < last && possessors.has(scan.lower(first));
}

// The name left once prefixes and titles are gone.
function nameCore(scan: Scan, first: number, last: number, ctx: Context): void {
  const { tokens } = scan;
  const orgFirst = ctx.prefixStart >= 0 ? ctx.prefixStart : first;
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? 0;
  const text = scan.slice(first, last);
  const n = last - first + 1;
  const lastWord = tokens[last]?.text ?? "";
  const firstWord = tokens[first]?.text ?? "";
  const after = tokens[last + 1];
  const cueAt = after && (after.text === "”" || after.text === '"') ? last + 2 : last + 1;
  const cue = tokens[cueAt]?.text.toLowerCase() ?? "";

  // "identified him only as "Mr. A"": an honorific alone names no one
  if (n === 1 && honorifics.has(firstWord)) return;
  if (shortForm(scan, first, last, text)) return;
  // "the northern town of Kilinochchi", "the Nyeri constituency": the noun around a name says place
  if (!ctx.title.length && !ctx.honorific && placeCue(scan, first, last)) {
    addLocation(scan, first, last);
    return;
  }
  // "Procter & Gamble", "Marks & Spencer": partners' names joined by "&" name a firm
  for (let k = first + 1; k < last; k++)
    if (tokens[k]?.text === "&") {
      // "AT&T CEO Jo Roe", "PG&E President": a title after the firm's name starts its holder
      for (let h = k + 2; h <= last; h++) {
        if (!titleHeads.has(scan.lower(h))) continue;
        const firm = scan.slice(first, h - 1);
        // (a short form the text has defined, "Pacific Gas and Electric (PG&E)", is that body's)
        const known = scan.shortForms.get(firm);
        if (!known) addOrg(scan, ctx, first, last, "organization", h - 1);
        else addAs(scan, first, h - 1, known);
        const sub = emptyContext();
        sub.affiliation =
          known?.note.key ?? `org:${slug(scan.slice(ctx.prefixStart >= 0 ? ctx.prefixStart : first, h - 1))}`;
        const titleEnd = titleLength(scan, h, last, sub);
        scan.named.fill(1, h, titleEnd + 1);
        if (titleEnd < last) nameCore(scan, titleEnd + 1, last, sub);
        return;
      }
      addOrg(scan, ctx, first, last, "organization");
      return;
    }
  // "analysts at ING Barings": where people work is a body, whatever its name looks like
  if (worksAt(scan, first) && !ctx.title.length && !hasFirstName(scan, first, last)) {
    addOrg(scan, ctx, first, last, "organization");
    return;
  }
  // "CEO of Tesco", "Chairman of Echo Investment": what a title is "of" is a body, not its holder
  if (
    ctx.ofTitle &&
    !ctx.honorific &&
    n === 1 &&
    !englishWordSet.has(scan.lower(first)) &&
    !hasFirstName(scan, first, last)
  ) {
    const role = ctx.title[ctx.title.length - 1]?.toLowerCase() ?? "";
    if (role.endsWith("mayor") || role.endsWith("governor")) addLocation(scan, first, last);
    else addOrg(scan, ctx, first, last, "organization");
    return;
  }
  // "five AM radio stations": a word that is never a name, whatever noun follows it
  if (n === 1 && notNames.has(firstWord)) return;
  // "their Lenten Break", "its Annual Review": a name owned by a possessive determiner is a thing's
  if (
    n >= 2 &&
    POSSESSIVE_DETERMINERS.has(scan.lower(first - 1)) &&
    !ctx.title.length &&
    !hasFirstName(scan, first, last)
  )
    return;
  // "36 Quai des Orfèvres", "10 Downing Street": a name after a house number is an address
  if (
    n >= 2 &&
    !tokens[first]?.lineStart &&
    isHouseNumber(tokens[first - 1]?.text ?? "") &&
    !tableRow(scan, first, last) &&
    !hasFirstName(scan, first, last) &&
    !endsAsOrganization(scan, first, last)
  ) {
    addLocation(scan, first, last);
    return;
  }
  // a media cue after the name: "the “Solovyov Live” channel", "Rudaw reports"
  const personLike = ctx.title.length > 0 || ctx.honorific;
  if (
    mediaNouns.has(cue) ||
    (MEDIA_FIRST_WORDS.has(cue) && mediaNouns.has(`${cue} ${scan.lower(cueAt + 1)}`)) ||
    (mediaVerbs.has(cue) && !personLike && !(n >= 2 && firstNameGender.has(firstWord))) ||
    (n >= 2 && mediaSuffixes.has(lastWord) && !personLike) ||
    // "Fars News Agency", not "National Crime Agency"
    (n >= 2 && mediaAfterMedia.has(lastWord) && mediaSuffixes.has(tokens[last - 1]?.text ?? "") && !personLike)
  ) {
    addOrg(scan, ctx, first, last, "media");
    return;
  }
  // "the United States Constitution", "the Charter": a law, an event or a prize alone is no participant
  if (n === 1 && miscSuffixes.has(firstWord) && !firstNameGender.has(firstWord)) return;
  if (endsAsOrganization(scan, first, last) || (n === 1 && ctx.prefixStart >= 0)) {
    addOrg(scan, ctx, first, last, "organization");
    return;
  }
  // "U.S. Attorney for the Western District of Texas": the district a title is "for" or "of" is where
  // it is held, not its holder
  if (ctx.ofTitle && !ctx.honorific && n >= 2 && placeInName(scan, first, last) && !hasFirstName(scan, first, last)) {
    addLocation(scan, first, last);
    return;
  }
  const titled = ctx.honorific || ctx.title.length > 0;
  // "the Secretary of Transportation": the portfolio a title is "of", not its holder
  if (n === 1 && ctx.title.length > 0 && scan.lower(first - 1) === "of" && englishWordSet.has(scan.lower(first)))
    return;
  // "Combined Joint Task Force Operation Inherent Resolve", "Harvard University Professor Jane Roe":
  // an institution's word inside the run; a title after it starts a person of that institution
  if (n >= 3 && !titled && !firstNameGender.has(firstWord)) {
    const k = innerOrgWord(scan, first, last);
    if (k > 0) {
      const titleEnd = titleLength(scan, k + 1, last, emptyContext());
      // "Chess Federation President": the body, then a title with no name after it
      if (titleEnd === last || allTitleWords(scan, k + 1, last)) {
        addOrg(scan, ctx, first, last, "organization", k);
        scan.named.fill(1, k + 1, last + 1);
        return;
      }
      if (titleEnd > k && titleEnd < last) {
        addOrg(scan, ctx, first, last, "organization", k);
        const sub = emptyContext();
        sub.affiliation = `org:${slug(scan.slice(orgFirst, k))}`;
        titleLength(scan, k + 1, last, sub);
        scan.named.fill(1, k + 1, titleEnd + 1);
        nameCore(scan, titleEnd + 1, last, sub);
        return;
      }
      if (!hasFirstName(scan, k + 1, last)) {
        addOrg(scan, ctx, first, last, "organization");
        return;
      }
    }
  }
  if (
    after?.kind === "word" &&
    (after.text === "administration" || after.text === "government" || after.text === "campaign") &&
    !ctx.title.length
  ) {
    // "the Biden administration": the person's government; "the Biden campaign": the person's
    // campaign, a body of its own (not "the Senate campaign", "the Republican campaign")
    if (after.text === "administration" || (after.text === "campaign" && campaignOwner(scan, first, last))) {
      const name = `${text} ${after.text}`;
      scan.add({
        start,
        end: after.end,
        first,
        last: last + 1,
        kind: "organization",
        via: "name",
        note: { key: `org:${slug(name)}`, name, affiliation: `person:${slug(text)}` },
      });
      return;
    }
  }
  if (n === 1 && scan.lower(first - 1) === "the" && collectives.has(`the ${text.toLowerCase()}`)) {
    const name = `the ${text}`;
    scan.add({ start, end, first, last, kind: "group", via: "name", note: { key: `group:${slug(name)}`, name } });
    return;
  }
  // "Roe v. Wade": a case's name, no participant
  if (CASE_MARKS.has(after?.text ?? "") || CASE_MARKS.has(tokens[first - 1]?.text ?? "")) return;
  const gender = ctx.gender ?? firstNameGender.get(firstWord) ?? wordGivenNameGender.get(firstWord) ?? null;
  // "Coös County Attorney John McCormick", "Chief Technical Officer Chris Wright": a title inside the run
  for (let h = last - 1; h > first && n >= 2; h--) {
    // "Montana Secretary of State Corey Stapleton": the title's "of State" is the title's
    const k = scan.lower(h) === "state" && scan.lower(h - 1) === "of" && titleHeads.has(scan.lower(h - 2)) ? h : -1;
    if (k < 0 && !titleHeads.has(scan.lower(h))) continue;
    const end = k < 0 ? h : k;
    // the person after the title: a first name, or two words that end no institution's name
    if (!firstNameGender.has(tokens[end + 1]?.text ?? "") && !plainName(scan, end + 1, last)) continue;
    const sub: Context = { ...ctx, title: [...ctx.title, scan.slice(first, end)] };
    scan.named.fill(1, first, end + 1);
    stateBeforeTitle(scan, first, end, sub);
    nameCore(scan, end + 1, last, sub);
    return;
  }
  // "African Export": a word of origin heads something other than a person
  if (!titled && n >= 2 && (regionAdjectives.has(firstWord) || gazetteer.get(firstWord)?.type === "demonym")) return;
  // "Turkish president Erdoğan", "her husband Siarhei": a lower-case title or kin noun before the name
  // ("her mother, Anwar,", "the pseudonym Katya": apposedPersonCue)
  const prevWord = tokens[first - 1];
  const cued =
    ((!!prevWord &&
      prevWord.kind === "word" &&
      !prevWord.cap &&
      (titleHeads.has(prevWord.text) || kinNouns.has(prevWord.text))) ||
      apposedPersonCue(scan, first, last)) &&
    !/^[A-Z0-9&.-]{2,}$/.test(firstWord);
  // "Tom Arden of Velvet Gravel": what a named person is "of" is the body they belong to
  // ("Jo Roe of Allen, Texas": a place followed by its state or country is a hometown)
  if (!titled && !cued && afterPersonOf(scan, first) && !beforeItsRegion(scan, last)) {
    addOrg(scan, ctx, first, last, "organization");
    return;
  }
  // "Leroy P. Steele Prize", "Martin Luther King Jr. Day": a person's name of three or more words
  // that ends in a prize's, a day's or a law's word names that thing, not the person (a given
  // name before that word makes it a surname: "Jo Ann Day")
  if (
    !titled &&
    !cued &&
    n >= 3 &&
    miscSuffixes.has(lastWord) &&
    firstNameGender.has(firstWord) &&
    !firstNameGender.has(tokens[last - 1]?.text ?? "")
  ) {
    // (its words are read: none is the name of anyone else in the story)
    scan.named.fill(1, first, last + 1);
    return;
  }
  // "Lincoln Park", "Carmel Valley", "Pearl Harbor": a first name before a place's head word names
  // the place (a head that is also a surname, "Michael Bay", only after "in", "at", "near")
  if (
    !titled &&
    !cued &&
    n >= 2 &&
    placeHeads.has(lastWord) &&
    (!surnameHeads.has(lastWord) || isLocative(scan, first, true))
  ) {
    addLocation(scan, first, last);
    return;
  }
  // "the Roman Catholic cathedral": a faith's or region's adjective of several words, though
  // a given name opens it, is no person's name
  if (!titled && !cued && regionAdjectives.has(text)) return;
  if (titled || cued || (n >= 2 && firstNameGender.has(firstWord))) {
    scan.add({ start, end, first, last, kind: "person", via: "name", note: personNote(text, ctx, gender) });
    return;
  }
  if (n === 1 && (notNames.has(firstWord) || firstWord.length === 1 || INITIAL.test(firstWord))) return;
  if (regionAdjectives.has(text)) return;
  // "National Championship", "Asian Cup", "Paris Agreement": an event, a prize or a law
  if (n >= 2 && miscSuffixes.has(lastWord)) return;
  // "Native American": a word of origin ends it
  if (n >= 2 && (regionAdjectives.has(lastWord) || gazetteer.get(lastWord)?.type === "demonym")) return;
  // "Turkish-claimed", "Israeli-Cypriot-Greek": an adjective built on a demonym
  if (n === 1 && /[-‐]/.test(firstWord) && gazetteer.get(firstWord.split(/[-‐]/)[0] as string)?.type === "demonym")
    return;
  // "East Mediterranean", "Northern Syria": a compass point before a known place is a place
  if (n >= 2 && COMPASS.has(firstWord)) {
    const place = scan.gazetteerAt(first + 1, last);
    if (place && place.last === last && place.entry.type !== "org") {
      addLocation(scan, first, last);
      return;
    }
  }
  // "Cotabato Trench", "Mount Apo": a place's head word
  if (
    n >= 2 &&
    !titled &&
    (placeStarts.has(firstWord) || (placeHeads.has(lastWord) && !firstNameGender.has(firstWord)))
  ) {
    addLocation(scan, first, last);
    return;
  }
  // "Netto Poland", "Mazars USA": a name that ends in a state's name is a firm's branch there
  if (n >= 2 && !titled && !hasFirstName(scan, first, last)) {
    if (gazetteer.get(lastWord)?.type === "country") {
      addOrg(scan, ctx, first, last, "organization");
      return;
    }
  }
  // "Volvo XC90": a model or a code, not a person
  if (/\d/.test(text)) return;
  const ordinary = hasOrdinaryWord(scan, first, last);
  // "RAF Croughton", "HMS Victory": an acronym heads a base or a ship, not a person
  if (n >= 2 && !titled && /^[A-Z]{2,}$/.test(firstWord)) return;
  // "Defeat ISIS": an English word where a first name would stand
  // ("Park Won-soon": a family name before a hyphenated given name is a name)
  if (
    n >= 2 &&
    !titled &&
    englishWordSet.has(scan.lower(first)) &&
    !firstNameGender.has(firstWord) &&
    !hyphenatedGivenName(scan, first + 1)
  ) {
    // ("Rock Hudson" when the text also says "Hudson"; "De La Fuente" after "Rocky De La Fuente")
    if (wordGivenName(scan, first, last) || givenNameBeforeSurname(scan, first) || tailOfPerson(scan, text))
      scan.add({ start, end, first, last, kind: "person", via: "name", note: personNote(text, ctx, gender) });
    return;
  }
  // "( home team in CAPS )": an ordinary word in capitals inside a sentence is emphasis, no name
  if (
    n === 1 &&
    firstWord.length >= 4 &&
    isUpperWord(firstWord) &&
    (englishWordSet.has(scan.lower(first)) || rarerWordSet.has(scan.lower(first))) &&
    !isDateline(scan, first, last)
  )
    return;
  // "we need it NOW!", "make us ALL safer": a small word in capitals is emphasis, whatever its
  // length, unless a gazetteer knows it ("US", "WHO")
  if (n === 1 && isUpperWord(firstWord) && commonWordSet.has(scan.lower(first)) && !gazetteer.has(firstWord)) return;
  // "shares in Dravo", "a stake in Kvarnberg Holding": what a part is owned in is a firm
  if (scan.lower(first - 1) === "in" && holdingsIn.has(scan.lower(first - 2)) && !hasFirstName(scan, first, last)) {
    addOrg(scan, ctx, first, last, "organization");
    return;
  }
  if (isLocative(scan, first, true) && !ordinary && !hasFirstName(scan, first + 1, last)) {
    // "a dealer at Barclays": where a person works is a body
    if (worksAt(scan, first)) addOrg(scan, ctx, first, last, "organization");
    else addLocation(scan, first, last);
    return;
  }
  if (n >= 2) {
    // "Ajax Amsterdam coach Louis van Gaal": a name with no first name before a lower-case title and a name
    const role = tokens[last + 1];
    if (
      role?.kind === "word" &&
      !role.cap &&
      titleHeads.has(role.text) &&
      tokens[last + 2]?.cap &&
      tokens[last + 2]?.kind === "word" &&
      !hasFirstName(scan, first, last)
    ) {
      addOrg(scan, ctx, first, last, "organization");
      return;
    }
    // "the Rajya Sabha", "the Marine JarHeads MC": a name after "the" with no first name is no person's
    if (scan.lower(first - 1) === "the" && !hasFirstName(scan, first, last)) {
      addOrg(scan, ctx, first, last, "organization");
      return;
    }
    // "near Norbury, Pollards Hill,": a name with an ordinary word in it, listed after a place the
    // sentence puts something in, is a place ("the mayor of London, Sadiq Khan," is a person)
    if (
      !titled &&
      !hasFirstName(scan, first, last) &&
      !plainName(scan, first, last) &&
      inPlaceList(scan, first, last) &&
      placeLocated(scan, first)
    ) {
      addLocation(scan, first, last);
      return;
    }
    if (ordinary) {
      // "Presidents Muhammadu Buhari": an ordinary word in front of a name
      if (isOrdinaryWord(scan, first) && !hasOrdinaryWord(scan, first + 1, last)) nameCore(scan, first + 1, last, ctx);
      return;
    }
    scan.add({ start, end, first, last, kind: "person", via: "name", note: personNote(text, ctx, gender) });
    return;
  }
  // a code such as "COVID-19" or "737-800" is no name
  if (n === 1 && /\d/.test(firstWord)) return;
  // "Pro-Clinton super PAC", "Anti-Trump protesters": a stance's adjective alone is no name
  if (n === 1 && STANCE_ADJECTIVE.test(firstWord)) return;
  // "AL-AIN , United Arab Emirates 1996-12-06": the place a story was filed from
  if (isDateline(scan, first, last) && isUpperWord(firstWord) && firstWord.length > 3) {
    addLocation(scan, first, last);
    return;
  }
  // one word: an acronym is an organization; anything else waits for the whole text
  if (/^[A-Z0-9&.-]{2,}$/.test(firstWord) && /[A-Z].*[A-Z]/.test(firstWord)) {
    scan.add({
      start,
      end,
      first,
      last,
      kind: "organization",
      via: "name",
      note: { key: `org:${slug(text)}`, name: text, affiliation: ctx.affiliation },
    });
    return;
  }
  // "spokesperson for The Greens", "the mayor of Esperanza": what a role is "of" or "for"
  const role = roleOf(scan, first);
  if (role === "mayor" || role === "governor") {
    addLocation(scan, first, last);
    return;
  }
  if (role) {
    addOrg(scan, ctx, first, last, "organization");
    return;
  }
  if (ordinary && (tokens[first]?.sentStart || scan.headline[first])) return;
  // a frequent English word alone ("Council", "Law") is rarely a name the gazetteers do not know
  if (englishWordSet.has(scan.lower(first)) && !firstNameGender.has(firstWord)) return;
  // "Bystanders said", "Eyewitnesses told": a collective's plural noun alone names the group, not a person
  if (n === 1 && groupNounSet.has(scan.lower(first))) return;
  if (!firstNameGender.has(firstWord)) {
    // "the Watergate scandal", "the Gukurahundi massacres": a lone name that labels an event
    if (after?.kind === "word" && eventNouns.has(after.text)) return;
    // "He embraced Marxism", "Criminalizing this is unfair": a common noun or verb by its ending
    if (commonEnding.test(firstWord)) return;
    // "Namely, ...": an adverb opening a sentence
    if (tokens[first]?.sentStart && after?.text === "," && firstWord.endsWith("ly")) return;
  }
  if (/[a-z]s$/.test(firstWord) && englishWordSet.has(scan.lower(first).slice(0, -1))) return;
  // "European diplomats", "Islamic law": an adjective of origin, not a name; but "president Erdoğan said"
  if (
    /(an|ese|ish|ic|ean)$/.test(firstWord) &&
    !SURNAME_ENDING.test(firstWord) &&
    after?.kind === "word" &&
    !after.cap &&
    !mediaVerbs.has(after.text) &&
    !commonWordSet.has(after.text) &&
    !titleHeads.has(scan.lower(first - 1))
  )
    return;
  // "Alabamians", "Coloradans": the people of a place, not a name
  if (isPlaceDemonym(firstWord)) return;
  // "Richard and Lisa Parry": a first name alone is a person
  const det = scan.lower(first - 1);
  if (inPlaceList(scan, first, last)) {
    addLocation(scan, first, last);
    return;
  }
  if (firstNameGender.has(firstWord) && !isLocative(scan, first, true) && det !== "the" && det !== "a") {
    scan.add({
      start,
      end,
      first,
      last,
      kind: "person",
      via: "name",
      unsure: true,
      note: { key: `person:${slug(text)}`, name: text, affiliation: ctx.affiliation, gender },
    });
    return;
  }
  if (isLoneOpener(scan, first)) return;
  // "Rabinovich", "Kowalczyk": a surname by its ending
  // ("the Sandiganbayan": no person's name follows "the")
  const surname = SURNAME_ENDING.test(firstWord) && det !== "the";
  scan.add({
    start,
    end,
    first,
    last,
    kind: surname ? "person" : "organization",
    via: "name",
    unsure: true,
    note: surname
      ? { key: `person:${slug(text)}`, name: text, affiliation: ctx.affiliation }
      : { key: `org:${slug(text)}`, name: text, affiliation: ctx.affiliation },
  });
}

// The mention builders of nameCore, as module functions rather than closures made at every call
// (a closure per run and, under tsx/esbuild's keepNames, a property definition for its name).

/** The run (from the prefix ctx holds, if any, to upTo) as a body of `kind`. */
function addOrg(scan: Scan, ctx: Context, first: number, last: number, kind: Mention["kind"], upTo = last): true {
  const { tokens } = scan;
  const orgFirst = ctx.prefixStart >= 0 ? ctx.prefixStart : first;
  const s = tokens[orgFirst]?.start ?? tokens[first]?.start ?? 0;
  const name = scan.slice(orgFirst, upTo);
  const note: MentionNote = {
    key: `org:${slug(name)}`,
    name,
    affiliation: ctx.affiliation ?? countryOf(scan, orgFirst, upTo),
  };
  scan.add({
    start: s,
    end: tokens[upTo]?.end ?? tokens[last]?.end ?? 0,
    first: orgFirst,
    last: upTo,
    kind,
    via: "name",
    note,
  });
  return true;
}

/** The whole run as a place no gazetteer holds. */
function addLocation(scan: Scan, first: number, last: number): void {
  const text = scan.slice(first, last);
  scan.add({
    start: scan.tokens[first]?.start ?? 0,
    end: scan.tokens[last]?.end ?? 0,
    first,
    last,
    kind: "location",
    via: "name",
    note: { key: `loc:${slug(text)}`, name: text },
  });
}

function personNote(text: string, ctx: Context, gender: MentionNote["gender"]): MentionNote {
  return {
    key: `person:${slug(text)}`,
    name: text,
    title: ctx.title.filter((t) => !honorifics.has(t)).join(" ") || null,
    affiliation: ctx.affiliation,
    gender,
    seatOf: ctx.seatOf,
  };
}

// "Nancy Pelosi, the Speaker of the House of Representatives": a title alone in apposition
// to the name just before it is that person's, and so is the body its "of" names
function titleInApposition(scan: Scan, first: number, ctx: Context): void {
  if (!ctx.title.length || ctx.honorific) return;
  let k = first - 1;
  // "Jane Roe, the acting Prime Minister of Iraq,": lower-case words that qualify the title
  while (
    k > first - 4 &&
    !scan.tokens[k]?.cap &&
    (titleModifiers.has(scan.lower(k)) || TENURE_WORDS.has(scan.lower(k)))
  )
    k--;
  const titleFirst = k + 1;
  if (scan.lower(k) === "the") k--;
  if (scan.tokens[k]?.text !== ",") return;
  let person: Piece | undefined;
  let body: Piece | undefined;
  for (let i = scan.pieces.length - 1; i >= 0 && i >= scan.pieces.length - 4; i--) {
    const p = scan.pieces[i] as Piece;
    if (p.first >= first && (p.kind === "organization" || p.kind === "country")) body = p;
    else if (p.last === k - 1) {
      person = p;
      break;
    } else if (p.first < first) break;
  }
  if (!person || person.kind !== "person" || person.via !== "name") return;
  const title = scan.slice(titleFirst, scan.pieces[scan.pieces.length - 1]?.last ?? first).replace(/^the /i, "");
  const own = ctx.title.join(" ");
  const full = body ? title : own;
  if (!person.note.title || person.note.title.length < full.length) person.note.title = full;
  const affiliation = ctx.affiliation ?? body?.note.key ?? null;
  if (affiliation && !person.note.affiliation) person.note.affiliation = affiliation;
}

// Lower-case words that say when a title is held ("the current President of ..."), not what it is.
const TENURE_WORDS = new Set(["current", "then", "new", "sitting", "longtime", "long-time", "elected", "appointed"]);

// "California Attorney General Xavier Becerra": a state's name opening a title of its own office
// is that state's government, which the person acts for (see acting-states.ts, state-office.ts)
function stateBeforeTitle(scan: Scan, first: number, titleEnd: number, ctx: Context): void {
  let k = first;
  while (k < titleEnd && scan.tokens[k + 1]?.cap && !titleHeads.has(scan.lower(k + 1))) k++;
  const name = scan.slice(first, k);
  const code = stateCountry.get(name);
  if (!code || k >= titleEnd) return;
  const t0 = scan.tokens[first];
  const t1 = scan.tokens[k];
  const span = {
    start: t0?.start ?? 0,
    end: t1?.end ?? 0,
    first,
    last: k,
    kind: "location" as const,
    via: "name" as const,
  };
  // "Texas Senator Ted Cruz", "former Ohio Governor Jo Roe": a place the person is from
  if (!stateOfficeActs(scan, first, k + 1)) {
    scan.add({ ...span, note: { key: `loc:${slug(name)}`, name, code } });
    return;
  }
  const key = `org:${slug(name)}`;
  scan.add({ ...span, note: { key, name, affiliation: `country:${code}`, actsAs: true } });
  ctx.affiliation = key;
}

// "Maryland, Virginia, Michigan", "Cleveland, Ohio": a name listed between places is one of
// them, not a person; "in Mysore, Rajamma was there" and "Iran and Assad" are no lists.
function inPlaceList(scan: Scan, first: number, last: number): boolean {
  let sep = first - 1;
  if (scan.lower(sep) === "and" && tokenText(scan, sep - 1) === ",") sep--;
  const prev = scan.pieces[scan.pieces.length - 1];
  const after = tokenText(scan, last + 1);
  // "from Ohio, Richard and Lisa Varga": "and" goes on a list of places only into another place
  if (
    tokenText(scan, sep) === "," &&
    prev &&
    prev.last === sep - 1 &&
    (prev.kind === "location" || prev.kind === "country")
  )
    return (
      after === "," ||
      after === "." ||
      after === ";" ||
      after === "" ||
      (after === "and" && placeAt(scan, last + 2)) ||
      // "a doctor in Martinsville, Virginia to ...": a town, then its state
      (sep === first - 1 && stateCountry.has(scan.slice(first, last)))
    );
  return after === "," && placeAt(scan, last + 2);
}

// inPlaceList's helpers, module functions rather than closures made at each call
const tokenText = (scan: Scan, k: number): string => scan.tokens[k]?.text ?? "";

function placeAt(scan: Scan, k: number): boolean {
  const e = gazetteer.get(tokenText(scan, k));
  return e?.type === "place" || e?.type === "country";
}

// The place before "<place>, <name>" is put there by a locative word ("near Norbury, ...").
function placeLocated(scan: Scan, first: number): boolean {
  const prev = scan.pieces[scan.pieces.length - 1];
  return !!prev && prev.last < first && isLocative(scan, prev.first, true);
}

const POSSESSIVE_DETERMINERS = new Set(["their", "its", "our", "your", "my"]);

function placeCue(scan: Scan, first: number, last: number): boolean {
  const before = scan.tokens[first - 2];
  if (scan.lower(first - 1) === "of" && before?.kind === "word" && !before.cap && placeCuesBefore.has(before.text))
    return true;
  const after = scan.tokens[last + 1];
  if (after?.kind !== "word" || after.cap || !placeCuesAfter.has(after.text)) return false;
  // "the Central European region": a word of origin before the noun names no place
  const lastWord = scan.tokens[last]?.text ?? "";
  return !regionAdjectives.has(lastWord) && gazetteer.get(lastWord)?.type !== "demonym";
}

// "134 Hennie Botha ( South Africa ) 70 67": a leaderboard's row (a rank opening the line, then
// the name, then a state in brackets or more numbers), not an address's house number.
function tableRow(scan: Scan, first: number, last: number): boolean {
  if (!scan.tokens[first - 1]?.lineStart) return false;
  const next = scan.tokens[last + 1]?.text ?? "";
  return next === "(" || (next.length > 0 && isDigitCode(next.charCodeAt(0)));
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

// A house number: one to three digits, perhaps with a letter ("36", "221B"), as an address opens;
// four digits are more often a year ("the 2020 Sunshine Coast Rugby Union season").
function isHouseNumber(w: string): boolean {
  if (!w || w.length > 4) return false;
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d{1,3}[A-Za-z]?$/.test(w);
}

// (a module constant: tsx's esbuild turns a \p{...} literal into `new RegExp` at each use)
const INITIAL = /^\p{L}\.$/u;
// Endings of Slavic, Baltic, Georgian, Greek, Romanian and Turkish surnames: never of a company's name.
const SURNAME_ENDING =
  /\p{Ll}(?:vich|vić|wicz|ski|ska|sky|skiy|enko|chuk|shvili|adze|poulos|opoulos|ović|ovic|escu|oglu|oğlu|ová|yan|auskas|ienė|ovna|evna)$|\p{Ll}{3}(?:ov|ev|ova|eva)$/u;

function isUpperWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

function worksAt(scan: Scan, first: number): boolean {
  return scan.lower(first - 1) === "at" && peopleAt.has(scan.lower(first - 2));
}

function afterPersonOf(scan: Scan, first: number): boolean {
  let k = first - 1;
  if (scan.lower(k) === "the") k--;
  if (scan.lower(k) !== "of") return false;
  const prev = scan.pieces[scan.pieces.length - 1];
  return !!prev && prev.kind === "person" && prev.via === "name" && prev.last === k - 1;
}

// "Allen, Texas", "Jolo, Philippines": a name followed by a comma and a known region or country.
function beforeItsRegion(scan: Scan, last: number): boolean {
  if (scan.tokens[last + 1]?.text !== ",") return false;
  const place = scan.gazetteerAt(last + 2, last + 4);
  return !!place && (place.entry.type === "place" || place.entry.type === "country");
}

// The lower-case title a name is "of" or "for" ("chair and spokesperson for The Greens"), or null.
function roleOf(scan: Scan, first: number): string | null {
  let k = first - 1;
  if (scan.lower(k) === "the") k--;
  const p = scan.lower(k);
  if (p !== "of" && p !== "for") return null;
  const t = scan.tokens[k - 1];
  return t && t.kind === "word" && !t.cap && titleHeads.has(t.text) ? t.text : null;
}

// "Hardeep Singh Puri": two or more capitalised words, none an English word, an initial or a name's joiner.
function plainName(scan: Scan, first: number, last: number): boolean {
  if (last - first < 1 || endsAsOrganization(scan, first, last)) return false;
  for (let k = first; k <= last; k++) {
    const t = scan.tokens[k];
    if (!t?.cap || t.text.endsWith(".") || englishWordSet.has(scan.lower(k)) || titleHeads.has(scan.lower(k)))
      return false;
  }
  return true;
}

function allTitleWords(scan: Scan, first: number, last: number): boolean {
  for (let k = first; k <= last; k++)
    if (!titleHeads.has(scan.lower(k)) && !titleModifiers.has(scan.lower(k))) return false;
  return first <= last;
}

// "President of the European Council", "CEO of Massey Energy": title words then "of" / "for".
function titleOf(scan: Scan, pos: number, last: number): boolean {
  let k = pos;
  while (k < last && (titleHeads.has(scan.lower(k)) || titleModifiers.has(scan.lower(k)))) k++;
  const w = scan.lower(k);
  return k > pos && (w === "of" || w === "for");
}

const CASE_MARKS = new Set(["v.", "vs.", "v", "vs"]);

/**
 * A short form in parentheses right after a name ("European Court of Justice (ECJ)",
 * "Supreme Court (Oberster Gerichtshof)") is that name again, wherever the text uses it;
 * an acronym after common words it spells ("exclusive economic zone (EEZ)") is no name.
 * Returns true when the run was settled here.
 */
function shortForm(scan: Scan, first: number, last: number, text: string): boolean {
  const known = scan.shortForms.get(text);
  if (known) {
    addAs(scan, first, last, known);
    return true;
  }
  if (scan.commonAcronyms.has(text)) return true;
  const { tokens } = scan;
  if (tokens[first - 1]?.text !== "(" || tokens[last + 1]?.text !== ")") return false;
  const before = tokens[first - 2];
  if (!before || before.kind !== "word") return false;
  const prev = scan.pieces[scan.pieces.length - 1];
  if (prev && prev.last === first - 2 && (prev.kind === "organization" || prev.kind === "media") && !prev.unsure) {
    const form = { kind: prev.kind, note: prev.note };
    scan.shortForms.set(text, form);
    addAs(scan, first, last, form);
    return true;
  }
  if (first === last && !before.cap && spellsOut(scan, first - 2, text)) {
    scan.commonAcronyms.add(text);
    return true;
  }
  return false;
}

function addAs(scan: Scan, first: number, last: number, form: Pick<Piece, "kind" | "note">): void {
  const start = scan.tokens[first]?.start ?? 0;
  const end = scan.tokens[last]?.end ?? 0;
  scan.add({ start, end, first, last, kind: form.kind, via: "name", note: form.note });
}

// Whether the words ending at token `end` start with the acronym's letters, in order ("exclusive economic zone" → EEZ).
function spellsOut(scan: Scan, end: number, acronym: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, "").toLowerCase();
  if (letters.length < 2 || letters !== acronym.toLowerCase()) return false;
  let k = end;
  for (let i = letters.length - 1; i >= 0; i--, k--) {
    while (k >= 0 && (scan.lower(k) === "of" || scan.lower(k) === "and" || scan.lower(k) === "the")) k--;
    const t = scan.tokens[k];
    if (!t || t.kind !== "word" || scan.lower(k)[0] !== letters[i]) return false;
  }
  return true;
}

// The last institution's word strictly inside first..last ("Force" in "Joint Task Force Operation X"), or -1.
function innerOrgWord(scan: Scan, first: number, last: number): number {
  for (let k = last - 1; k > first; k--) if (innerOrgWords.has(scan.tokens[k]?.text ?? "")) return k;
  return -1;
}

// "Alabamians" → Alabama, "Coloradans" → Colorado, "Texans" → Texas: a known place's people.
function isPlaceDemonym(w: string): boolean {
  if (!w.endsWith("ans") || w.length < 6) return false;
  const stem = w.endsWith("ians") ? w.slice(0, -4) : w.slice(0, -3);
  for (const end of ["a", "o", "as", "ia", "e", "", "i"]) {
    const e = gazetteer.get(stem + end);
    if (e && e.type !== "org") return true;
  }
  return false;
}

// "Federal Aviation Office of Germany": the country an institution's name ends with.
function countryOf(scan: Scan, first: number, last: number): string | null {
  for (let k = first; k < last; k++) {
    if (scan.lower(k) !== "of") continue;
    const hit = scan.gazetteerAt(k + 1, last);
    if (hit?.entry.type === "country" && hit.last === last) return `country:${hit.entry.code}`;
  }
  return null;
}

function hasFirstName(scan: Scan, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (firstNameGender.has(scan.tokens[k]?.text ?? "")) return true;
  return false;
}

function isOrdinaryWord(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  return !!t && !firstNameGender.has(t.text) && scan.seenLower(scan.lower(k));
}

function hasOrdinaryWord(scan: Scan, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = scan.tokens[k];
    if (!t || !t.cap) continue;
    if (firstNameGender.has(t.text)) continue;
    if (scan.seenLower(scan.lower(k))) return true;
  }
  return false;
}

// "Western District", "District of Texas": a place's head word ends the name or comes before its "of".
function placeInName(scan: Scan, first: number, last: number): boolean {
  for (let k = first; k <= last; k++)
    if (placeHeads.has(scan.tokens[k]?.text ?? "") && (k === last || scan.lower(k + 1) === "of")) return true;
  return false;
}

// "the Roe campaign", "the Jo Roe campaign": a person's name before "campaign", a given name and a
// surname or one word no dictionary or list holds ("the Senate campaign", "the Southern campaign",
// "the New England campaign" are campaigns of no one)
function campaignOwner(scan: Scan, first: number, last: number): boolean {
  if (last > first) return hasFirstName(scan, first, last);
  const w = scan.lower(first);
  return (
    !englishWordSet.has(w) &&
    !commonWordSet.has(w) &&
    !scan.seenLower(w) &&
    !partyQualifiers.has(scan.tokens[first]?.text ?? "")
  );
}

// "Republican Jo Roe said", "Democrat Al Poe", "Democratic Sen. Jo Roe", "Democratic U.S. Rep. Jo
// Roe": a party's word before a given name and a surname, or before an honorific, says which
// party the person belongs to and is no part of the name
function partyBeforePerson(scan: Scan, pos: number, last: number): boolean {
  if (pos + 1 >= last || !partyQualifiers.has(scan.tokens[pos]?.text ?? "")) return false;
  let k = pos + 1;
  // "Democratic U.S. Rep.": the state's name between the party and the honorific
  if (scan.gazetteerAt(k, k)?.entry.type === "country" && k + 1 < last) k++;
  const next = scan.tokens[k]?.text ?? "";
  if (honorifics.has(next) && next.endsWith(".")) return true;
  return k === pos + 1 && firstNameGender.has(next) && !!scan.tokens[k + 1]?.cap;
}

// "the Republican Senate Majority Leader": a party's adjective before a known body qualifies it,
// no part of its name ("Democratic Party", a name of its own, is found whole first)
function partyBeforeBody(scan: Scan, pos: number, last: number): boolean {
  if (pos >= last || !partyAdjectives.has(scan.tokens[pos]?.text ?? "")) return false;
  return scan.gazetteerAt(pos + 1, last)?.entry.type === "org";
}
