import cueVerbs from "../../data/cue-verbs.json";
import sources from "../../data/unnamed-sources.json";
import { gazetteer } from "./lexicon.js";
import type { MentionNote } from "./mention-note.js";
import type { Piece, Scan } from "./scan.js";
import { UNNAMED_SOURCE } from "./trigger-words.js";

/** The key prefix of an unnamed source's person. */
export const SOURCE_KEY = "person:unnamed:source:";
const DETERMINERS = new Set(sources.determiners);
const GENDER = new Map(Object.entries(sources.gender) as [string, "m" | "f"][]);
const COMPLEMENTS = new Set(sources.complements);
const AFTER = new Set(sources.after);
const BREAKS = new Set(sources.modifierBreaks);
// every one-word form of a reporting verb ("said", "says", "added", "noted"): the source's verb
const CUE_FORMS = new Set(cueVerbs.verbs.flatMap((v) => v.forms).filter((f) => !f.includes(" ")));
// "..., said a senior official": the forms that may come before their subject; not a verb whose
// object is its hearer ("told an aide that")
const INVERTED_FORMS = new Set(
  cueVerbs.verbs
    .filter((v) => v.inverts && !("object" in v && v.object) && v.complement !== "question")
    .flatMap((v) => v.forms)
    .filter((f) => !f.includes(" ")),
);
const BODY_VOICES = new Set(sources.bodyVoices);
const STATE_VOICES = new Set(sources.stateVoices);
const SOURCE_KINDS = new Set(["organization", "media", "country", "person"]);

/**
 * "a senior administration official said", "according to a former law enforcement official",
 * "..., said a State Department spokesman": a single source the story cites without a name is a
 * person of its own, named by its description, not the body its modifiers name (the White House
 * does not speak when "a White House official" does) and not nobody. The same description again
 * is the same source. Only a description that speaks is one (as a reporting verb's subject, after
 * an inverted reporting verb, or after "according to"); it is tentative, dropped when no item names it.
 * A role description the role pass made for the phrase becomes the source.
 */
export function findUnnamedSources(scan: Scan, at: Int32Array): void {
  const { tokens } = scan;
  // noun → the source last cited with it, for "the official" after "a senior official said"
  const last = new Map<string, MentionNote>();
  for (let k = 2; k < tokens.length; k++) {
    if (!scan.triggered(k, UNNAMED_SOURCE)) continue;
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.cap || scan.headline[k] || tokens[k + 1]?.kind === "possessive") continue;
    const own = scan.pieces[at[k] ?? -1];
    // "Spokesman Jo Roe" or a body's name: the noun belongs to a name
    if (own && (own.via === "name" || own.kind !== "person")) continue;
    const noun = scan.lower(k);
    // "The official added": the source last cited with the noun, when one was
    const prior = scan.lower(k - 1) === "the" ? last.get(noun) : undefined;
    if (prior) {
      place(scan, own ?? null, k - 1, k, prior);
      continue;
    }
    // "a government official said": the state's voice, left to the claim stage
    if (STATE_VOICES.has(scan.lower(k - 1))) continue;
    const opened = determinerOf(scan, at, k, own);
    if (!opened) continue;
    const { det } = opened;
    let affiliation = opened.affiliation;
    // "Jo Roe, a spokesman for the firm, said": the apposition of a name is that person's title
    if (tokens[det - 1]?.text === ",") {
      const before = scan.pieces[at[det - 2] ?? -1];
      if (before?.kind === "person" && before.via === "name") continue;
    }
    // "a spokesman for the company", "an aide to Ann Roe": whose the source is
    let end = k;
    if (COMPLEMENTS.has(scan.lower(k + 1))) {
      const m = scan.lower(k + 2) === "the" ? k + 3 : k + 2;
      const p = scan.pieces[at[m] ?? -1];
      if (p && p.first === m && SOURCE_KINDS.has(p.kind)) {
        end = p.last;
        affiliation ??= p.note.key;
      } else end = complementEnd(scan, k + 1);
    }
    // "a spokesman, Jo Roe,", "an aide Jo Roe": a name set beside the noun is who speaks
    const f = tokens[end + 1]?.text === "," ? end + 2 : end + 1;
    const named = scan.pieces[at[f] ?? -1];
    if (named?.kind === "person" && named.via === "name" && named.first === f) continue;
    if (!speaks(scan, det, end)) continue;
    // "a Russian foreign ministry spokesman said", "a spokeswoman for Acme": the body named speaks
    if (BODY_VOICES.has(noun) && (affiliation?.startsWith("org:") || own?.note.speaksFor || forNamed(scan, k)))
      continue;
    const name = scan.slice(det + 1, end);
    const note: MentionNote = {
      key: `${SOURCE_KEY}${name.toLowerCase()}`,
      name,
      title: scan.slice(det + 1, k),
      affiliation,
      gender: GENDER.get(noun) ?? null,
      tentative: true,
      source: true,
    };
    place(scan, own ?? null, det, end, note);
    last.set(noun, note);
    k = end;
  }
}

/** The source's mention from token `first` to `last`: a role description the role pass made there ("a White House spokesman") becomes it. */
function place(scan: Scan, own: Piece | null, first: number, last: number, note: MentionNote): void {
  const from = scan.tokens[first] as { start: number };
  const to = scan.tokens[last] as { end: number };
  if (own && own.first >= first && own.last <= last) {
    Object.assign(own, { note, first, last, start: from.start, end: to.end });
    return;
  }
  scan.add({ start: from.start, end: to.end, first, last, kind: "person", via: "description", note });
}

/**
 * The indefinite determiner opening the phrase whose noun is at k ("a former senior law
 * enforcement official"), past modifiers that are words, hyphens, or the names of a body, state or
 * person ("a White House official", "a Clinton adviser"), with the first such name's key or a
 * demonym's state as the source's affiliation; null when none opens it within reach.
 */
function determinerOf(
  scan: Scan,
  at: Int32Array,
  k: number,
  own: Piece | undefined,
): { det: number; affiliation: string | null } | null {
  let affiliation: string | null = null;
  let words = 0;
  for (let j = k - 1; j >= 0 && words <= sources.maxModifiers; j--) {
    const tj = scan.tokens[j];
    if (!tj) return null;
    if (tj.kind !== "word") {
      if (tj.text === "-") continue;
      return null;
    }
    const w = scan.lower(j);
    if (DETERMINERS.has(w)) return words > 0 || j === k - 1 ? { det: j, affiliation } : null;
    if (BREAKS.has(w) || CUE_FORMS.has(w)) return null;
    const p = scan.pieces[at[j] ?? -1];
    // the role pass's description of the phrase ("A White House official") hides the names in it
    if (p && p === own) {
      affiliation ??= p.note.speaksFor ?? p.note.affiliation ?? null;
      if (DETERMINERS.has(scan.lower(p.first))) return { det: p.first, affiliation };
      j = p.first;
      words++;
      continue;
    }
    if (p) {
      if (!SOURCE_KINDS.has(p.kind) || (p.kind === "person" && p.via !== "name")) return null;
      affiliation ??= p.note.key;
      j = p.first;
      words++;
      continue;
    }
    const entry = tj.cap ? gazetteer.get(tj.text) : undefined;
    if (entry?.type === "demonym") affiliation ??= `country:${entry.code}`;
    words++;
  }
  return null;
}

/**
 * The source speaks: after "according to" or an inverted reporting verb, or as the subject of a
 * reporting verb a few words on ("an official familiar with the matter said").
 */
function speaks(scan: Scan, det: number, end: number): boolean {
  const before = scan.lower(det - 1);
  if (before === "to" && scan.lower(det - 2) === "according") return true;
  if (INVERTED_FORMS.has(before) && scan.tokens[det - 1]?.kind === "word") return true;
  for (let j = end + 1; j <= end + sources.cueReach; j++) {
    const t = scan.tokens[j];
    if (!t || t.kind !== "word") return false;
    const w = scan.lower(j);
    if (CUE_FORMS.has(w)) return true;
    // "an official statement said": a noun after the source's noun makes it a modifier
    if (j === end + 1 && !t.cap && !AFTER.has(w) && !COMPLEMENTS.has(w) && !(w.length > 4 && w.endsWith("ly")))
      return false;
    // "an aide who said", "a source that": a clause of its own, not the source's verb
    if (w === "who" || w === "that" || w === "which") return false;
  }
  return false;
}

/**
 * The last word of a short complement phrase opening at `prep` ("for the company", "to the
 * governor") up to the source's reporting verb: at most `complementWords` words, no name, no
 * break word but "the"; `prep` - 1 (no complement) when it runs on.
 */
function complementEnd(scan: Scan, prep: number): number {
  for (let j = prep + 1; j <= prep + sources.complementWords + 1; j++) {
    const t = scan.tokens[j];
    const w = scan.lower(j);
    if (!t || t.kind !== "word" || CUE_FORMS.has(w)) return j - 1 > prep ? j - 1 : prep - 1;
    if (t.cap || (BREAKS.has(w) && !(w === "the" && j === prep + 1))) return prep - 1;
  }
  return prep - 1;
}

/** "a spokeswoman for Acme", "a spokesman for the Parks Department": the noun is someone's named voice. */
function forNamed(scan: Scan, k: number): boolean {
  const prep = scan.lower(k + 1);
  if (prep !== "for" && prep !== "of") return false;
  const m = scan.lower(k + 2) === "the" ? k + 3 : k + 2;
  return !!scan.tokens[m]?.cap;
}
