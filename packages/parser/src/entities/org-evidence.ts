import { slug } from "./classify-run.js";
import {
  englishWordSet,
  firstNameGender,
  orgCuesAfter,
  orgCuesBefore,
  orgCuesPossessed,
  orgCuesTitleOf,
  orgSuffixes,
} from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";

/**
 * A name no list knows is typed from its own words first, so "Tesco said" or
 * "Gazeta Wyborcza" reads as a person. Once the whole text is read, a name
 * that anywhere stands as a body ("retailer Tesco", "the Kaufland chain",
 * "Tesco's shares", "CEO of Tesco", "Tesco stated its intention") is an
 * organization everywhere in the text, unless a person of that name is known.
 */
export function settleOrganizations(scan: Scan): void {
  settlePrefixes(scan);
  settleCoordinated(scan);
  let bodies: Set<string> | null = null;
  let companies: Set<string> | null = null;
  // lone given names a body's noun stands before ("the airline Kenza"): bodies though a first name
  let cued: Set<string> | null = null;
  for (const p of scan.pieces) {
    // "Salling Group" then "Salling said": the name without its company word is the company
    if (p.kind === "organization" && p.via === "name" && p.last > p.first) {
      const tail = scan.tokens[p.last]?.text ?? "";
      if (orgSuffixes.has(tail) && scan.gazetteerAt(p.first, p.last)?.last !== p.last) {
        bodies ??= new Set();
        // "Kamloops Police", "Stavanger Airport": a known place's body leaves the place a place
        if (!scan.gazetteerAt(p.first, p.last - 1)) bodies.add(scan.slice(p.first, p.last - 1));
        // "Toyota Motor Corp" then "Toyota": a company's first word, when it is no ordinary word
        if (LEGAL_FORM.test(tail) && !englishWordSet.has(scan.lower(p.first))) {
          companies ??= new Set();
          companies.add(scan.tokens[p.first]?.text ?? "");
        }
      }
    }
    if (!(guessed(scan, p) ? standsAsBody(scan, p) : cuedGivenName(scan, p))) continue;
    bodies ??= new Set();
    bodies.add(p.note.name);
    if (!guessed(scan, p)) {
      cued ??= new Set();
      cued.add(p.note.name);
    }
  }
  if (companies) {
    bodies ??= new Set();
    for (const c of companies) bodies.add(c);
  }
  if (!bodies) return;
  // a surname of a person the text names in full stays that person's
  for (const p of scan.pieces)
    if (p.kind === "person" && p.last > p.first && firstNameGender.has(scan.tokens[p.first]?.text ?? ""))
      bodies.delete(scan.tokens[p.last]?.text ?? "");
  for (const p of scan.pieces) {
    // "Tesco Polska": a known body's name heads its branch's
    const named = bodies.has(p.note.name) || (p.kind === "person" && bodies.has(scan.tokens[p.first]?.text ?? ""));
    // a place's name the text gives a company ("Toyota") is the company's here
    const place = p.kind === "location" && p.via === "name" && !!companies?.has(p.note.name);
    const given = !!cued?.has(p.note.name) && p.kind === "person" && p.first === p.last && !p.note.title;
    if (!named || !(guessed(scan, p) || place || given)) continue;
    p.kind = "organization";
    p.note = { key: `org:${slug(p.note.name)}`, name: p.note.name, affiliation: p.note.affiliation ?? null };
  }
}

// A person or organization typed from its words alone: no title, no first name, no gazetteer.
// Legal forms that close a company's name: "Toyota Motor Corp", "Fletcher Challenge Ltd".
export const LEGAL_FORM = /^(?:Ltd|Co|Cos|Inc|Corp|Plc|plc|PLC|AG|SA|GmbH|LLC|NV|SpA|AB|ASA|Bhd|Pty|Oyj)\.?$/;

function guessed(scan: Scan, p: Piece): boolean {
  if (p.via !== "name" || (p.kind !== "person" && p.kind !== "organization")) return false;
  if (p.note.title || p.note.code || p.note.gender) return false;
  return !firstNameGender.has(scan.tokens[p.first]?.text ?? "");
}

// Body nouns that may also stand before a person's given name ("the team Lisa coached").
const PEOPLE_CUES = new Set(["group", "club", "team", "side", "unit", "label", "brand"]);

// "state news firm Saba", "the airline Kenza": one word a first-name list holds, right after a
// lower-case noun of a body, with no title, is the body's name.
function cuedGivenName(scan: Scan, p: Piece): boolean {
  if (p.via !== "name" || p.kind !== "person" || p.first !== p.last || p.note.title) return false;
  const before = scan.tokens[p.first - 1];
  if (!before || before.kind !== "word" || before.cap || PEOPLE_CUES.has(before.text)) return false;
  return orgCuesBefore.has(before.text);
}

function standsAsBody(scan: Scan, p: Piece): boolean {
  const { tokens } = scan;
  const before = tokens[p.first - 1];
  if (before?.kind === "word" && !before.cap && orgCuesBefore.has(before.text)) return true;
  const after = tokens[p.last + 1];
  if (after?.kind === "word" && !after.cap && orgCuesAfter.has(after.text)) return true;
  if (after?.kind === "possessive" && orgCuesPossessed.has(scan.lower(p.last + 2))) return true;
  // "Drexel Lambert, an investment bank,": a body's noun in apposition after the name
  if (apposedBody(scan, p.last + 1)) return true;
  // "Dave Lewis, CEO of Tesco"
  let k = p.first - 1;
  if (scan.lower(k) === "the") k--;
  if (scan.lower(k) === "of" && orgCuesTitleOf.has(scan.lower(k - 1))) return true;
  // "Tesco stated its intention", "Salling said its": a verb whose object is "its"
  const verb = tokens[p.last + 1];
  if (verb?.kind === "word" && !verb.cap && scan.lower(p.last + 2) === "its") return true;
  // "Microsoft said hackers had breached its systems": the subject owns a firm's things further on
  if (verb?.kind === "word" && !verb.cap && ownsFurtherOn(scan, p.last + 2)) return true;
  return false;
}

const CLOSERS = new Set([",", ".", ";", ")", ":"]);

// ", a / an / the" then up to three lower-case words ending in a body's noun before punctuation.
function apposedBody(scan: Scan, comma: number): boolean {
  const { tokens } = scan;
  if (tokens[comma]?.text !== ",") return false;
  const det = scan.lower(comma + 1);
  if (det !== "a" && det !== "an" && det !== "the") return false;
  for (let k = comma + 2; k <= comma + 4; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.cap) return false;
    const next = tokens[k + 1];
    if (orgCuesBefore.has(t.text) && (!next || CLOSERS.has(next.text))) return true;
  }
  return false;
}

// How many tokens after a subject's verb a later "its" may still point back to it.
const ITS_SPAN = 16;

// An "its" before any other name or a person's pronoun in the sentence, owning what a firm has ("its products").
function ownsFurtherOn(scan: Scan, from: number): boolean {
  const { tokens } = scan;
  for (let k = from; k < from + ITS_SPAN && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.sentStart || scan.named[k]) return false;
    const w = scan.lower(k);
    if (PERSON_PRONOUNS.has(w)) return false;
    if (w === "its") return orgCuesPossessed.has(scan.lower(k + 1));
  }
  return false;
}

const PERSON_PRONOUNS = new Set(["he", "she", "his", "her", "him", "they", "their"]);

/**
 * "the Thai Raksa Chart party" after "the Thai Raksa Chart Party": a guessed name
 * (with the demonym or capital before it) that opens a body's longer name in the
 * same text is that body.
 */
function settlePrefixes(scan: Scan): void {
  const names: string[] = [];
  // ("the Biden administration" is a person's government: it leaves "Biden" to the person)
  for (const p of scan.pieces)
    if (p.kind === "organization" && p.via === "name" && p.last > p.first && !p.note.affiliation?.startsWith("person:"))
      names.push(`${p.note.name} `);
  if (!names.length) return;
  const { tokens } = scan;
  for (const p of scan.pieces) {
    if (p.kind !== "person" || !guessed(scan, p)) continue;
    const before = tokens[p.first - 1];
    const from = before?.cap && before.kind === "word" && scan.adjacent(p.first - 1, p.first) ? p.first - 1 : p.first;
    for (const first of from < p.first ? [from, p.first] : [p.first]) {
      const text = scan.slice(first, p.last);
      const head = `${text} `;
      if (!names.some((n) => n.startsWith(head))) continue;
      p.kind = "organization";
      p.first = first;
      p.start = tokens[first]?.start ?? p.start;
      p.note = { key: `org:${slug(text)}`, name: text, affiliation: p.note.affiliation ?? null };
      scan.named[first] = 1;
      break;
    }
  }
}

/**
 * "Deutsche Bank and Bayerische Vereinsbank": a name of two words or more that only its
 * shape typed as a person (no first name, no title) is a body when "and" joins it to one.
 */
function settleCoordinated(scan: Scan): void {
  let byLast: Map<number, Piece> | null = null;
  let byFirst: Map<number, Piece> | null = null;
  for (const p of scan.pieces) {
    if (p.kind !== "person" || p.last === p.first) continue;
    const joinAfter = scan.lower(p.last + 1);
    if (scan.lower(p.first - 1) !== "and" && joinAfter !== "and") continue;
    if (!guessed(scan, p)) continue;
    if (!byLast || !byFirst) {
      byLast = new Map();
      byFirst = new Map();
      for (const q of scan.pieces) {
        if (q.via !== "name") continue;
        byLast.set(q.last, q);
        byFirst.set(q.first, q);
      }
    }
    const before = scan.lower(p.first - 1) === "and" ? byLast.get(p.first - 2) : undefined;
    const next = joinAfter === "and" || joinAfter === "," ? byFirst.get(p.last + 2) : undefined;
    // "the World Bank , Chidi Okonkwo and Petrus Shikongo": a person listed next is a list of people
    if (next?.kind === "person") continue;
    const after = joinAfter === "and" ? next : undefined;
    // a body a list knows, or one whose name ends as a body's does ("Deutsche Bank")
    const body = (q: Piece | undefined) =>
      !!q && q.kind === "organization" && (!!q.note.code || orgSuffixes.has(scan.tokens[q.last]?.text ?? ""));
    if (!body(before) && !body(after)) continue;
    p.kind = "organization";
    p.note = { key: `org:${slug(p.note.name)}`, name: p.note.name, affiliation: p.note.affiliation ?? null };
  }
}
