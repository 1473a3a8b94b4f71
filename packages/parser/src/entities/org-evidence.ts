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
  let bodies: Set<string> | null = null;
  let companies: Set<string> | null = null;
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
    if (!guessed(scan, p) || !standsAsBody(scan, p)) continue;
    bodies ??= new Set();
    bodies.add(p.note.name);
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
    if (!named || !(guessed(scan, p) || place)) continue;
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

function standsAsBody(scan: Scan, p: Piece): boolean {
  const { tokens } = scan;
  const before = tokens[p.first - 1];
  if (before?.kind === "word" && !before.cap && orgCuesBefore.has(before.text)) return true;
  const after = tokens[p.last + 1];
  if (after?.kind === "word" && !after.cap && orgCuesAfter.has(after.text)) return true;
  if (after?.kind === "possessive" && orgCuesPossessed.has(scan.lower(p.last + 2))) return true;
  // "Dave Lewis, CEO of Tesco"
  let k = p.first - 1;
  if (scan.lower(k) === "the") k--;
  if (scan.lower(k) === "of" && orgCuesTitleOf.has(scan.lower(k - 1))) return true;
  // "Tesco stated its intention", "Salling said its": a verb whose object is "its"
  const verb = tokens[p.last + 1];
  if (verb?.kind === "word" && !verb.cap && scan.lower(p.last + 2) === "its") return true;
  return false;
}
