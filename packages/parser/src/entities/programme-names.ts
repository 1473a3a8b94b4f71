import { gazetteer, mediaSuffixes, orgHeads, orgSuffixes, programmeNouns } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";

// Small words inside a programme's name: "Deferred Action for Childhood Arrivals".
const JOINERS = new Set(["for", "of", "and", "the", "in", "on"]);

/**
 * "the Deferred Action for Childhood Arrivals program", "the Brady bill", "Sharia law": the
 * capitalised words right before a programme's, a bill's or a law's noun are that thing's name,
 * not a participant. Names a list knows, or that end as a body does ("the Senate bill",
 * "Texas law", "a University of Tennessee law professor"), stay; so does a name the text also
 * uses on its own.
 */
export function dropProgrammeNames(scan: Scan): void {
  const { tokens } = scan;
  const byLast = new Map<number, Piece>();
  for (const p of scan.pieces) if (p.via === "name") byLast.set(p.last, p);
  const inName = new Set<Piece>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.cap || !programmeNouns.has(t.text) || !scan.adjacent(k - 1, k)) continue;
    if (!tokens[k - 1]?.cap) continue;
    // the name runs back from the noun over capitalised words and the small words between them
    let j = k - 1;
    while (j >= 0) {
      const p = byLast.get(j);
      if (p) {
        if (!participantName(scan, p)) inName.add(p);
        j = p.first - 1;
        continue;
      }
      const w = tokens[j];
      if (w?.kind === "word" && w.cap) j--;
      // a small word between capitalised ones: "for" in "Deferred Action for Childhood Arrivals"
      else if (JOINERS.has(scan.lower(j)) && tokens[j - 1]?.kind === "word" && tokens[j - 1]?.cap) j--;
      else break;
    }
  }
  if (!inName.size) return;
  // a name that also stands alone elsewhere ("the SVP launched", then "the SVP initiative") is a
  // participant's: it is dropped only when every mention of it is inside a programme's name
  const alone = new Set<string>();
  for (const p of scan.pieces) if (p.via === "name" && !inName.has(p)) alone.add(p.note.name);
  const drop = new Set<Piece>();
  for (const p of inName) if (!alone.has(p.note.name)) drop.add(p);
  scan.remove(drop);
}

// A name that stands for a participant even before a programme's noun: a known one, one with a
// body's or an outlet's word in it, or a state, a place or a group.
function participantName(scan: Scan, p: Piece): boolean {
  // (a person's name is dropped only when no rule could type it: "Jeb Bush" before "bill" stays his)
  if (p.kind !== "organization" && p.kind !== "media" && !(p.kind === "person" && p.unsure)) return true;
  if (gazetteer.has(p.note.name) || gazetteer.has(scan.slice(p.first, p.last))) return true;
  for (let k = p.first; k <= p.last; k++) {
    const w = scan.tokens[k]?.text ?? "";
    if (orgHeads.has(w) || orgSuffixes.has(w) || mediaSuffixes.has(w)) return true;
  }
  return false;
}
