import type { Doc } from "../doc.js";
import type { Mention } from "../model.js";
import { classifyRun, isLocative, slug } from "./classify-run.js";
import { findDescriptions } from "./find-descriptions.js";
import { findHeadlineNames } from "./headline-names.js";
import type { MentionNote } from "./mention-note.js";
import { findRuns, markHeadlines } from "./name-runs.js";
import { type Piece, Scan } from "./scan.js";
import { tokenize } from "./tokenize.js";

/**
 * Fills `doc.mentions`: every named entity (people, countries,
 * organizations, media, groups, places) with its exact span, plus the
 * descriptions and pronouns that may point to one (via "description" /
 * "pronoun"), which the actor stage resolves. Rule-based: capitalised runs,
 * gazetteers, and the words around a name.
 */
export function findMentions(doc: Doc): void {
  const scan = new Scan(doc.text, tokenize(doc.text));
  skipBoilerplate(scan, doc);
  markHeadlines(scan);
  for (const run of findRuns(scan)) classifyRun(scan, run);
  settleUnsure(scan);
  findHeadlineNames(scan);
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

// Lines the header stage marked as not part of the story hold no mentions.
function skipBoilerplate(scan: Scan, doc: Doc): void {
  if (!doc.boilerplate.length) return;
  for (const b of doc.boilerplate) {
    for (let i = 0; i < scan.tokens.length; i++) {
      const t = scan.tokens[i] as (typeof scan.tokens)[number];
      if (t.start >= b.end) break;
      if (t.start >= b.start && t.end <= b.end) scan.named[i] = 1;
    }
  }
}

// A lone capitalised word: a person's surname if the text names that person
// in full, a place after "in" / "at", an organization otherwise.
function settleUnsure(scan: Scan): void {
  const surnames = new Set<string>();
  for (const p of scan.pieces) {
    if (p.kind !== "person" || p.last === p.first) continue;
    for (let k = p.first; k <= p.last; k++) surnames.add(scan.tokens[k]?.text ?? "");
  }
  for (const p of scan.pieces as Piece[]) {
    if (!p.unsure) continue;
    const text = p.note.name;
    if (surnames.has(text)) {
      p.kind = "person";
      p.note = { key: `person:${slug(text)}`, name: text, affiliation: p.note.affiliation };
    } else if (isLocative(scan, p.first)) {
      p.kind = "location";
      p.note = { key: `loc:${slug(text)}`, name: text };
    }
    p.unsure = false;
  }
}
