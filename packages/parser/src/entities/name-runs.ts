import headlineWords from "../../data/headline-words.json";
import {
  commonWordSet,
  englishWordSet,
  firstNameGender,
  gazetteer,
  honorifics,
  officePossessors,
  orgHeads,
  orgSuffixes,
  possessors,
  titleHeads,
  titleModifiers,
} from "./lexicon.js";
import { shortMonthInName } from "./month-name-word.js";
import { LEGAL_FORM } from "./org-evidence.js";
import { isPartyTag, isStateAbbreviation } from "./party-tags.js";
import type { Scan } from "./scan.js";

/** A run of capitalised words that may hold one or more names, as token indices (inclusive). */
export interface Run {
  first: number;
  last: number;
}

// Lower-case words that join the parts of one name: "Office of the Director", "al-Assad", "van der Bellen".
const PARTICLES = new Set([
  "de",
  "del",
  "della",
  "da",
  "di",
  "du",
  "des",
  "von",
  "van",
  "der",
  "den",
  "ter",
  "bin",
  "ibn",
  "al",
  "el",
  "la",
  "le",
  "dos",
  "das",
  "y",
  // Filipino surnames: "dela Cruz", "delos Santos"
  "dela",
  "delos",
]);
const JOINERS = new Set(["of", "for", "and", "on"]);
// Ordinary adjectives that a name may hold mid-sentence ("UN High Commissioner", "Big Ben", "Top Gear").
const NAME_ADJECTIVES = new Set([
  "high",
  "low",
  "great",
  "old",
  "big",
  "small",
  "top",
  "senior",
  "major",
  "good",
  "long",
]);

/** "Luxembourg-based", "US-led", "Turkish-claimed": an adjective built on a name, not a name. */
export function isCompoundAdjective(w: string): boolean {
  // the last hyphen, found by a loop: lastIndexOf("‐") on an ASCII string was a hot spot
  let h = w.length - 1;
  for (; h > 0; h--) {
    const c = w.charCodeAt(h);
    if (c === 45 || c === 0x2010) break;
  }
  if (h <= 0 || h === w.length - 1) return false;
  const c = w.charCodeAt(h + 1);
  if (c < 97 || c > 122) return false;
  // "Prayuth Chan-o-cha": a name of lower-case syllables, unlike "US-led" or "Blu-ray"
  for (let k = h - 1; k > 0; k--) {
    const d = w.charCodeAt(k);
    if (d === 45 || d === 0x2010) return englishWordSet.has(w.slice(h + 1));
  }
  return true;
}

// Tails of compound adjectives that a short lower-case syllable could be mistaken for.
const COMPOUND_TAILS = new Set([
  "run",
  "born",
  "made",
  "led",
  "era",
  "style",
  "like",
  "wide",
  "free",
  "held",
  "sized",
  "type",
  "old",
]);

/**
 * "Park Won-soon", "Moon Jae-in", "Tsai Ing-wen": a short capitalised syllable, a hyphen and a
 * short lower-case syllable, right after another capitalised name word, is an East Asian given
 * name; "Kong-based", "Award-winning", "Trump-backed" end in a participle, and "US-led" starts
 * with a known name.
 */
export function hyphenatedGivenName(scan: Scan, j: number): boolean {
  const w = scan.tokens[j]?.text ?? "";
  const h = w.indexOf("-");
  if (h < 2 || h > 5 || w.length - h - 1 < 1 || w.length - h - 1 > 5) return false;
  const head = w.slice(0, h);
  const tail = w.slice(h + 1);
  if (!/^[A-Z][a-z]+$/.test(head) || !/^[a-z]+$/.test(tail)) return false;
  if (tail.endsWith("ed") || tail.endsWith("ing") || COMPOUND_TAILS.has(tail)) return false;
  const prev = scan.tokens[j - 1];
  return (
    prev?.kind === "word" && prev.cap && !scan.headline[j - 1] && !gazetteer.has(head) && !gazetteer.has(prev.text)
  );
}

// Words a title-case headline leaves in lower case ("of", "the", "vs.").
const HEADLINE_MINOR = new Set<string>(headlineWords.minor);

const isHeadWord = (w: string) =>
  orgHeads.has(w) || orgSuffixes.has(w) || titleHeads.has(w.toLowerCase()) || titleModifiers.has(w.toLowerCase());

/**
 * Marks the title-case part at the start of a line ("Russia Recalls Its
 * Ambassador to the U.S. for Consultations"): from the line's first word
 * through capitalised words and small function words, when enough of those
 * capitals are ordinary words elsewhere in the text. Capitals there say nothing.
 */
export function markHeadlines(scan: Scan): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]?.lineStart) continue;
    let j = i;
    let caps = 0;
    let ordinary = 0;
    // "Rubio Scores Direct Hit On Trump.": a function word capitalised inside the line
    let cappedMinor = 0;
    let toLineEnd = true;
    // a number ("2 Words", "4-Word Warning") has no case: it ends the run only when a sentence's
    // lower-case word follows it, so the run is read as it was up to the number
    let atNumber: [number, number, number, number] | null = null;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (!t || (j > i && t.lineStart)) break;
      if (t.kind !== "word") continue;
      if (t.cap) {
        caps++;
        const lower = scan.lower(j);
        // title words are capitalised before names anyway; they prove nothing
        if (j > i && !titleHeads.has(lower) && !titleModifiers.has(lower) && !honorifics.has(t.text))
          if (commonWordSet.has(lower) || scan.seenLower(lower)) ordinary++;
        if (j > i && HEADLINE_MINOR.has(lower)) cappedMinor++;
      } else if (isDigitCode(t.text.charCodeAt(0))) {
        atNumber ??= [j, caps, ordinary, cappedMinor];
      } else if (!HEADLINE_MINOR.has(t.text)) {
        // "Jane Roe of the Navy said, ...": a lower-case word a title-case headline would capitalise
        // ("said", "will") shows a sentence
        toLineEnd = false;
        if (atNumber) [j, caps, ordinary, cappedMinor] = atNumber;
        break;
      }
    }
    if (
      (((toLineEnd && caps >= 2 && ordinary >= 1) || (caps >= 3 && ordinary >= 2 && ordinary * 10 >= caps * 3)) &&
        (!endsWithFullStop(scan, j) ||
          // a title-case subhead set off inside the text ("GOP Candidates Reject The Idea Of A Wage
          // Hike."), printed with a full stop as some archives do: no sentence capitalises "The" or "Of"
          (toLineEnd &&
            caps >= 3 &&
            ordinary >= 2 &&
            (isTitleLine(scan, i, j) || (cappedMinor >= 1 && setOff(scan, j)))))) ||
      // the text's first line in title case, set off as a paragraph of its own, is its headline
      // though few of its capitals are words the body uses ("Ann Roe Reassures House Democrats.")
      (toLineEnd && caps >= 3 && isTitleLine(scan, i, j)) ||
      allCapitals(scan, i)
    )
      scan.headline.fill(1, i, j);
  }
}

// "Clinton met Yeltsin in Moscow on Friday .": a line that ends in a full stop is a sentence, not a headline.
function endsWithFullStop(scan: Scan, from: number): boolean {
  let k = from;
  while (k < scan.tokens.length && !scan.tokens[k]?.lineStart) k++;
  return scan.tokens[k - 1]?.text === ".";
}

// "Senator Defends Her Record on Trade.\n\n": the text's first line, set off by a blank line, is
// its headline even when it ends in a full stop, as some news archives print it; a sentence
// there has lower-case words that end the run before the line does.
function isTitleLine(scan: Scan, from: number, to: number): boolean {
  return from === 0 && setOff(scan, to);
}

/** A blank line follows the line that ends before token `to`: it stands as a paragraph of its own. */
function setOff(scan: Scan, to: number): boolean {
  let k = to;
  while (k < scan.tokens.length && !scan.tokens[k]?.lineStart) k++;
  const next = scan.tokens[k];
  if (!next) return false;
  return scan.text.slice(scan.tokens[k - 1]?.end ?? 0, next.start).includes("\n\n");
}

// A line in capitals ("RUSSIA RECALLS ENVOY"): every word is shouted, names and words alike.
function allCapitals(scan: Scan, from: number): boolean {
  let words = 0;
  let shouted = 0;
  let k = from;
  for (; k < scan.tokens.length; k++) {
    const t = scan.tokens[k];
    if (!t || (k > from && t.lineStart)) break;
    // "LONDON 1996-08-30": a number or a date says nothing of the line's case
    if (t.kind !== "word" || t.text.length < 2 || isDigitCode(t.text.charCodeAt(0))) continue;
    words++;
    if (!t.cap) return false;
    if (isShouted(t.text)) shouted++;
    // a line that is mostly in lower case shows it within a few words
    else if (words - shouted > 2) return false;
  }
  if (words >= 2 && shouted * 10 >= words * 8) {
    scan.headline.fill(1, from, k);
    return true;
  }
  return false;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

function isShouted(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127 && w[i] !== w[i]?.toUpperCase()) return false;
  }
  return true;
}

/** Runs of capitalised words outside headlines, with the small words that join the parts of a name. */
export function findRuns(scan: Scan): Run[] {
  const { tokens } = scan;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (
      !t ||
      t.kind !== "word" ||
      !t.cap ||
      scan.headline[i] ||
      isCompoundAdjective(t.text) ||
      isPartyTag(scan, i) ||
      isStateAbbreviation(scan, i) ||
      (scan.isOrdinaryCapital(i) &&
        !honorifics.has(t.text) &&
        !possessiveName(scan, i) &&
        !startsKnownPhrase(scan, i) &&
        !opensBody(scan, i) &&
        !opensTitle(scan, i) &&
        !opensOccupation(scan, i) &&
        !opensNumberedBody(scan, i) &&
        !(tokens[i + 1]?.text === "&" && isAmpersandJoin(scan, i + 1)) &&
        !(scan.adjacent(i, i + 1) && hyphenatedGivenName(scan, i + 1)) &&
        !(innerAdjective(scan, i) && !t.sentStart))
    ) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length) {
      // a known name runs on through its small words: "Islamic Republic of Iran", "Bosnia and Herzegovina"
      const known = scan.gazetteerAt(last, Math.min(tokens.length - 1, last + 8));
      if (known && known.last > last) {
        last = known.last;
        j = last + 1;
        continue;
      }
      const n = tokens[j];
      if ((n?.kind === "possessive" || isPluralApostrophe(scan, j)) && j === last + 1 && possessiveName(scan, last)) {
        last = j + 1;
        j += 2;
        continue;
      }
      // "Martin Luther King, Jr.": a generational suffix after a comma closes the person's name
      if (n?.text === "," && n.start === tokens[last]?.end && generational(scan, j + 1)) {
        last = j + 1;
        break;
      }
      // "Procter & Gamble", "Ortmann & Schill GmbH": an ampersand between capitals joins one firm's name
      if (n?.text === "&" && isAmpersandJoin(scan, j)) {
        last = j + 1;
        j += 2;
        continue;
      }
      if (!n || n.kind !== "word" || !scan.adjacent(j - 1, j) || scan.headline[j]) break;
      // "Academy Award-winning": the name belongs to the adjective; no run
      // (but "Park Won-soon", "Ban Ki-moon": a hyphenated given name after a family name is the name's)
      if (n.cap && isCompoundAdjective(n.text) && scan.adjacent(j - 1, j) && !hyphenatedGivenName(scan, j)) {
        last = -1;
        break;
      }
      // "Theresa May": a month or weekday right after a first name is a surname
      if (
        n.cap &&
        (!isStop(scan, j) ||
          (firstNameGender.has(tokens[j - 1]?.text ?? "") && !n.sentStart) ||
          innerAdjective(scan, j) ||
          shortMonthInName(scan, j) ||
          // "Women for America First": past a cause's "for", a capital mid-sentence is still the name's
          (!n.sentStart && scan.lower(j - 2) === "for" && j - 2 > i && scan.adjacent(j - 1, j)))
      ) {
        last = j;
        j++;
        continue;
      }
      const w = n.text;
      const next = tokens[j + 1];
      const nextIsName = next?.cap || (PARTICLES.has(next?.text ?? "") && tokens[j + 2]?.cap);
      if (PARTICLES.has(w) && nextIsName && scan.adjacent(j, j + 1)) {
        j++;
        continue;
      }
      // ("in" only inside a long name: "Organisation for Security and Cooperation in Europe")
      if ((JOINERS.has(w) || (w === "in" && last - i >= 4)) && joins(scan, last, j, i)) {
        j++;
        if (w !== "and" && tokens[j]?.text === "the" && tokens[j + 1]?.cap) j++;
        continue;
      }
      break;
    }
    if (last < 0) {
      i = j + 1;
      continue;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

// An "&" set between two capitalised words on one line, by spaces or by nothing.
export function isAmpersandJoin(scan: Scan, k: number): boolean {
  const a = scan.tokens[k - 1];
  const b = scan.tokens[k + 1];
  return (
    a?.kind === "word" &&
    a.cap &&
    b?.kind === "word" &&
    b.cap &&
    !b.lineStart &&
    scan.adjacent(k - 1, k) &&
    scan.adjacent(k, k + 1)
  );
}

const GENERATIONAL = /^(?:Jr|Sr)\.?$/;

function generational(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  return t?.kind === "word" && GENERATIONAL.test(t.text) && scan.adjacent(k - 1, k);
}

/**
 * "People's Party of Canada", "Children's Hospital": an ordinary word's possessive
 * inside an institution's name, when an institution's word follows within a few capitals.
 */
export function possessiveName(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  const t = tokens[i];
  const s = tokens[i + 1];
  // ("People 's Party": tokenised text sets the possessive apart by one space)
  if (!t || (s?.kind !== "possessive" && !isPluralApostrophe(scan, i + 1)) || !scan.adjacent(i, i + 1)) return false;
  if (!tokens[i + 2]?.cap) return false;
  if (!possessors.has(scan.lower(i)) && !officePossessors.has(scan.lower(i))) return false;
  for (let k = i + 2; k <= i + 6; k++) {
    const w = tokens[k];
    if (!w || w.kind !== "word") return false;
    if (orgHeads.has(w.text) || orgSuffixes.has(w.text)) return true;
    if (!w.cap && !JOINERS.has(w.text) && w.text !== "the") return false;
  }
  return false;
}

/**
 * "the Second Circuit Court of Appeals", "the 9th Circuit Court": an ordinal opening an
 * institution's name, when an institution's head word follows within a few capitals.
 */
export function opensNumberedBody(scan: Scan, i: number): boolean {
  const t = scan.tokens[i];
  if (!t || t.sentStart || !ORDINALS.test(t.text)) return false;
  for (let k = i + 1; k <= i + 3; k++) {
    const w = scan.tokens[k];
    if (!w || w.kind !== "word" || !w.cap || !scan.adjacent(k - 1, k)) return false;
    if (orgHeads.has(w.text) || orgSuffixes.has(w.text)) return true;
  }
  return false;
}

const ORDINALS =
  /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\d+(?:st|nd|rd|th))$/;

// "Workers' Party": a plural's bare apostrophe, set right after its word.
export function isPluralApostrophe(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  const w = scan.tokens[k - 1];
  return (t?.text === "'" || t?.text === "’") && !!w && w.text.endsWith("s") && t.start === w.end;
}

/**
 * "Foreign Ministry spokesman ...", "Interior Ministry said": a sentence's first word is
 * part of a name when an institution's head word follows it, unless it is a small word
 * ("The Ministry", "Our Council").
 */
export function opensBody(scan: Scan, i: number): boolean {
  const t = scan.tokens[i];
  if (!t?.sentStart || commonWordSet.has(scan.lower(i))) return false;
  const n = scan.tokens[i + 1];
  return !!n && n.cap && n.kind === "word" && orgHeads.has(n.text) && scan.adjacent(i, i + 1);
}

/**
 * "President Hanlon 's spokesman", "Coach Ray Dorn said": a title opening a sentence
 * before a capitalised word is the title of the name that follows.
 */
export function opensTitle(scan: Scan, i: number): boolean {
  const t = scan.tokens[i];
  if (!t?.sentStart) return false;
  // "Vice President Jo Roe met ...": a title's modifier opening the sentence before the title's head
  const w = scan.lower(i);
  if (!titleHeads.has(w) && !(titleModifiers.has(w) && titleHeads.has(scan.lower(i + 1)))) return false;
  const n = scan.tokens[i + 1];
  if (!n || n.lineStart || !scan.adjacent(i, i + 1)) return false;
  if (n.cap && n.kind === "word") return true;
  // "Chief of Staff Jo Roe said ...": the title's "of" / "for" and a capitalised portfolio after it
  if ((n.text !== "of" && n.text !== "for") || !titleHeads.has(w)) return false;
  const p = scan.tokens[scan.lower(i + 2) === "the" ? i + 3 : i + 2];
  return !!p && p.cap && p.kind === "word" && !p.lineStart;
}

/** An occupation's noun by its ending: "Historian", "Podcaster", "Moderator". */
export const OCCUPATION = /^[A-Z][a-z]{3,}(?:ian|ist|er|or)$/;
// the adverbs and pronouns of that shape: "Wherever", "Whatever", "Together", "Rather"
const NOT_OCCUPATION = /(?:ever|ther)$/;

/**
 * "Historian Darcy Ruddle", "Moderator Jo Roe asked": an occupation's noun right before a first
 * name is the person's title, read with the name (classifyRun sets it apart), not an ordinary
 * word the run starts after.
 */
export function opensOccupation(scan: Scan, i: number): boolean {
  const t = scan.tokens[i];
  if (!t || !OCCUPATION.test(t.text) || firstNameGender.has(t.text) || NOT_OCCUPATION.test(t.text)) return false;
  // ("Former Gov. Jeb Bush", "Neither Hillary Clinton nor ...": a small word or a title's modifier)
  const lower = scan.lower(i);
  if (commonWordSet.has(lower) || titleModifiers.has(lower)) return false;
  return firstNameGender.has(scan.tokens[i + 1]?.text ?? "") && scan.adjacent(i, i + 1);
}

/**
 * "Unseeded Finn Jari Korhonen", "Veteran Briton Ann Ross": a sentence's first word
 * before a demonym describes the person who follows; it is no part of a name.
 */
export function beforeDemonym(scan: Scan, i: number): boolean {
  const t = scan.tokens[i];
  const n = scan.tokens[i + 1];
  if (!t?.sentStart || !n?.cap || gazetteer.has(t.text) || firstNameGender.has(t.text)) return false;
  return gazetteer.get(n.text)?.type === "demonym" && !!scan.tokens[i + 2]?.cap;
}

// "White House" opening a sentence: a known name of several words, though "White" is a word.
function startsKnownPhrase(scan: Scan, i: number): boolean {
  const hit = scan.gazetteerAt(i, Math.min(scan.tokens.length - 1, i + 8));
  return !!hit && hit.last > i;
}

// "High" in "the UN High Commissioner": an ordinary adjective inside a name, with more of the name after it.
export function innerAdjective(scan: Scan, j: number): boolean {
  const n = scan.tokens[j + 1];
  return NAME_ADJECTIVES.has(scan.lower(j)) && !!n?.cap && n.kind === "word" && scan.adjacent(j, j + 1);
}

// "Institute of Volcanology and Seismology", "Disaster Risk Reduction and Management Council":
// "and" inside one institution's name, when the part before it is "Head of ..." or the part
// after it ends as an institution; never between two names a list or a first name marks.
function andInsideInstitution(scan: Scan, runFirst: number, before: number, next: number): boolean {
  const { tokens } = scan;
  if (scan.gazetteerAt(next, next + 4)) return false;
  // "IBM and General Motors": an acronym is a whole name
  if (/^[A-Z]{2,}$/.test(tokens[before]?.text ?? "")) return false;
  // "Bank of England and Barclays": a place closes the name before "and"
  if (scan.gazetteerAt(before, before) || scan.gazetteerAt(before - 1, before)?.last === before) return false;
  for (let m = runFirst; m < before; m++)
    if (institutionHead(tokens[m]?.text ?? "") && /^(?:of|for|on)$/.test(scan.lower(m + 1)))
      return fieldTail(scan, next);
  if (firstNameGender.has(tokens[runFirst]?.text ?? "")) return false;
  let m = next;
  while (m < next + 3 && tokens[m + 1]?.cap && scan.adjacent(m, m + 1)) m++;
  return orgSuffixes.has(tokens[m]?.text ?? "") && scan.gazetteerAt(runFirst, before)?.last !== before;
}

// "Institute", and "Centers" as in "Centers for Disease Control": an institution's head word, or its plural.
function institutionHead(w: string): boolean {
  return orgHeads.has(w) || (w.length > 4 && w.endsWith("s") && orgHeads.has(w.slice(0, -1)));
}

// A field's common words that end a name (tests of form where no list holds the word).
const FIELD_WORD = /(?:tions?|sions?|ments?|ities|ity|ics?|ical|ious|ous|al|ive|ences?|ances?|ies|ism|ure|ary)$/;
// How many capitalised words after "and" may still be the field of one institution's name.
const FIELD_WORDS = 3;

/**
 * "Institute of Volcanology and Seismology", "Department of Forestry and Fire Protection",
 * "Institute of Allergy and Infectious Diseases": after "Head of ... and", the capitalised
 * words that follow are more of the institution's field when they are common words, none a
 * place, a given name, a title or the head of another institution ("University of Zurich and
 * Stanford University", "Center for X and Center for Y" are two names).
 */
function fieldTail(scan: Scan, next: number): boolean {
  const { tokens } = scan;
  let last = next;
  while (last < next + FIELD_WORDS && tokens[last + 1]?.cap && scan.adjacent(last, last + 1)) last++;
  if (tokens[last + 1]?.cap && scan.adjacent(last, last + 1)) return false;
  for (let j = next; j <= last; j++) {
    const t = tokens[j];
    if (!t || t.kind !== "word" || orgHeads.has(t.text)) return false;
    // one word after "and" ends the name as before: only a second institution's head splits it
    if (last === next) return true;
    const w = scan.lower(j);
    if (firstNameGender.has(t.text) || titleHeads.has(w) || /^[A-Z]{2,}$/.test(t.text) || scan.gazetteerAt(j, j))
      return false;
    if (!englishWordSet.has(w) && !scan.seenLower(w) && !FIELD_WORD.test(w)) return false;
  }
  return true;
}

// A capital that ends a run even mid-sentence: weekdays, months, "The".
function isStop(scan: Scan, j: number): boolean {
  const t = scan.tokens[j];
  return !!t && scan.isOrdinaryCapital(j) && !honorifics.has(t.text);
}

// "of" / "for" / "and" join two capitalised parts only inside an institution's or
// a title's name: "Ministry of Foreign Affairs", "Secretary of State", "Police and Crime Commissioner".
function joins(scan: Scan, before: number, at: number, runFirst: number): boolean {
  const prev = scan.tokens[before];
  const w = scan.tokens[at]?.text;
  let k = at + 1;
  if (scan.tokens[k]?.text === "the") k++;
  const next = scan.tokens[k];
  if (!prev || !next?.cap || !scan.adjacent(k - 1, k)) return false;
  // "Organisation for Security and Cooperation in Europe": "in" a region inside a body's
  // name, once the name has opened with "... for" and joined two parts with "and"
  if (w === "in") {
    if (k !== at + 1 || !insideInstitution(scan, runFirst, before, true)) return false;
    const place = scan.gazetteerAt(k, k + 2);
    return !!place && (place.entry.type === "place" || place.entry.type === "country");
  }
  if (w === "and") {
    // two names joined ("the Royal Air Force and the US Air Force") are two; a head word
    // right after "and" joins one: "Police and Crime Commissioner"
    if (k !== at + 1) return false;
    // "British Airways and American Airlines": a known name or a demonym after "and" starts another name
    if (scan.gazetteerAt(k, k + 4)) return false;
    // "Nissan Motor Co Ltd and Honda Motor Co": a company's legal form closes its name
    if (LEGAL_FORM.test(prev.text)) return false;
    if (isHeadWord(prev.text)) {
      let head = false;
      for (let m = k; m <= k + 2 && scan.tokens[m]?.cap; m++) {
        const w = scan.tokens[m]?.text ?? "";
        // "Dunmore District Hospital and Kellan District Hospital": the same head again makes a second name
        if (w === prev.text) return false;
        if (isHeadWord(w) && m > k) head = true;
      }
      if (head) return true;
    }
    return andInsideInstitution(scan, runFirst, before, k);
  }
  // "Cinema for Peace Foundation": the part after "for" ends as an institution
  // "Forum for the Restoration of Democracy": a later "of" inside an institution's name
  return (
    isHeadWord(prev.text) ||
    (w === "for" && k === at + 1 && andInsideInstitution(scan, runFirst, before, k)) ||
    (w === "of" && insideInstitution(scan, runFirst, before)) ||
    // "Court of Appeals for the Ninth Circuit", "Office of the High Commissioner for Refugees":
    // once a head word and its "of" open the name, a "for" carries it on
    (w === "for" && insideInstitution(scan, runFirst, before)) ||
    (w === "for" && k === at + 1 && namedForCause(scan, runFirst, before))
  );
}

// "Women for America First", "Lawyers for Human Rights": people, capitalised mid-sentence
// (not after "the"), named for a cause.
function namedForCause(scan: Scan, runFirst: number, before: number): boolean {
  return (
    before === runFirst &&
    !scan.tokens[before]?.sentStart &&
    possessors.has(scan.lower(before)) &&
    scan.lower(before - 1) !== "the"
  );
}

// Whether the run so far opens as an institution's name: a head word then "of" / "for"
// (with `coordinated`: "for", and an "and" after it).
function insideInstitution(scan: Scan, runFirst: number, before: number, coordinated = false): boolean {
  for (let m = runFirst; m < before; m++) {
    const w = scan.lower(m + 1);
    if (!orgHeads.has(scan.tokens[m]?.text ?? "")) continue;
    if (!coordinated) {
      if (w === "of" || w === "for") return true;
      continue;
    }
    if (w !== "for") continue;
    for (let a = m + 2; a < before; a++) if (scan.lower(a) === "and") return true;
  }
  return false;
}
