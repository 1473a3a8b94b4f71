import { slug } from "./classify-run.js";
import { placeBodies } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";

/**
 * "the Maidan Wardak provincial council", "Omsk hospital", "the Houthi movement": a place's or
 * a body's name followed by a lower-case institution's noun (org-words.json `placeBodies`)
 * names a body of its own. The name keeps its mention (a place stays a place for NER); the
 * whole phrase is added as the body's description, and a body's bare name ("Houthi") joins it.
 */
export function findPlacedInstitutions(scan: Scan): void {
  const { tokens } = scan;
  const added: Piece[] = [];
  const rekeyed = new Map<string, string>();
  for (const p of scan.pieces) {
    if (p.via !== "name" || (p.kind !== "location" && p.kind !== "organization") || p.note.actsAs) continue;
    const k = p.last + 1;
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.cap || scan.named[k] || !scan.adjacent(p.last, k)) continue;
    const two = `${scan.lower(k)} ${scan.lower(k + 1)}`;
    const end = placeBodies.has(two) && !scan.named[k + 1] ? k + 1 : placeBodies.has(scan.lower(k)) ? k : -1;
    if (end < 0) continue;
    // "the Omsk hospital workers": the noun only modifies another
    if (MEMBERS.has(scan.lower(end + 1))) continue;
    const name = `${p.note.name} ${scan.slice(k, end)}`;
    const key = `org:${slug(name)}`;
    const affiliation = p.kind === "location" && p.note.code ? `country:${p.note.code}` : (p.note.affiliation ?? null);
    added.push({
      start: p.start,
      end: tokens[end]?.end ?? p.end,
      first: p.first,
      last: end,
      kind: "organization",
      via: "description",
      note: { key, name, affiliation },
    });
    // "Houthi" alone elsewhere is that movement
    if (p.kind === "organization") rekeyed.set(p.note.key, key);
    const member = memberBefore(scan, p.first);
    if (member) member.note.affiliation = key;
    scan.named.fill(1, k, end + 1);
  }
  if (!added.length) return;
  for (const p of scan.pieces) {
    const to = rekeyed.get(p.note.key);
    if (to) p.note = { ...p.note, key: to, name: p.note.name };
    const aff = p.note.affiliation ? rekeyed.get(p.note.affiliation) : undefined;
    if (aff) p.note.affiliation = aff;
  }
  for (const p of added) scan.pieces.push(p);
}

// Nouns the body's noun may modify instead of naming the body ("hospital workers", "council building").
const MEMBERS = new Set([
  "staff",
  "workers",
  "employees",
  "officials",
  "members",
  "member",
  "leaders",
  "leader",
  "director",
  "doctors",
  "building",
  "buildings",
  "chief",
  "head",
  "chairman",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "officers",
  "fighters",
  "meeting",
  "elections",
  "election",
]);

// "Amina Darvish, of the Kalat Bandar district council": the person right before "of (the)" is its member.
function memberBefore(scan: Scan, first: number): Piece | undefined {
  let k = first - 1;
  if (scan.lower(k) === "the") k--;
  if (scan.lower(k) !== "of") return undefined;
  k--;
  if (scan.tokens[k]?.text === ",") k--;
  return scan.pieces.find((p) => p.last === k && p.kind === "person" && p.via === "name" && !p.note.affiliation);
}
