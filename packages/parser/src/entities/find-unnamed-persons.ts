import unnamed from "../../data/unnamed-persons.json";
import { type Gender, gazetteer, passiveAuxiliaries } from "./lexicon.js";
import type { MentionNote } from "./mention-note.js";
import type { Piece, Scan } from "./scan.js";

const DETERMINERS = new Set(unnamed.determiners);
const NOUNS = new Set(unnamed.nouns);
const ACTS = new Set(unnamed.acts);
const CUSTODY_VERBS = new Set(unnamed.custodyVerbs);
const CUSTODY_NOUNS = new Set(unnamed.custodyNouns);
const GENDER = new Map(Object.entries(unnamed.gender) as [string, Gender][]);
const REFERENCES = new Set(unnamed.references);
const DOERS = new Set(unnamed.doers);
const ATTACKS = new Set(unnamed.attacks);
const BEFORE_ATTACK = new Set(unnamed.beforeAttack);
const ATTACKED_BY = new Set(unnamed.attackedBy);
// "a suicide bomber in Iraq", "an inmate at the prison": a role phrase that goes on to a place
const PLACE_LINKS = new Set(["in", "at", "from", "near"]);
// Words that end a noun phrase's modifiers ("a man of", "arrested him and a woman"), and "the"
const NOT_MODIFIERS = new Set([...unnamed.modifierBreaks, "the"]);
// "a 36-year-old Cheltenham man", "a local man": the words a determiner may take before the noun
const MAX_MODIFIERS = 3;
// "A suspect in Wisconsin has been charged": a short place phrase between the subject and its passive
const MAX_PLACE_WORDS = 3;

/**
 * "Police arrested a 36-year-old man", "a doctor was charged", "one suspect was arrested": a
 * single person the story designates without a name is a participant when a state's legal act
 * falls on them (the act right before the phrase, or the phrase as the act's passive subject),
 * so the act keeps its target; later "the man", "the suspect" with the same noun point back to
 * that person. Each is a person mention of its own key; the actor stage ties it to the name an
 * identifying phrase gives ("later identified as X"), and drops it when no item of the story
 * names it. A role description the role pass made already ("a suspect") is marked, not doubled.
 */
export function findUnnamedPersons(scan: Scan): void {
  const { tokens } = scan;
  const at = new Int32Array(tokens.length).fill(-1);
  scan.pieces.forEach((p, i) => {
    at.fill(i, p.first, p.last + 1);
  });
  // noun → the key of the person last designated with it
  const last = new Map<string, MentionNote>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.cap || scan.headline[k]) continue;
    const noun = scan.lower(k);
    if (!NOUNS.has(noun) || tokens[k + 1]?.kind === "possessive") continue;
    const own = at[k] ?? -1;
    const piece = own >= 0 ? (scan.pieces[own] as Piece) : null;
    // a noun inside a name or a body ("Police Officer Jo Roe"), or inside a role phrase it does not end
    // (but "by a suicide bomber in Iraq": an attack's doer whose role phrase ends in its place)
    const placed = piece !== null && piece.last > k && PLACE_LINKS.has(scan.lower(k + 1));
    if (piece && (piece.kind !== "person" || piece.via !== "description" || (piece.last !== k && !placed))) continue;
    const b = determinerBefore(scan, at, piece?.first ?? k, k);
    // "a suspect in Wisconsin has been charged": a placed role phrase may be a legal act's passive subject too
    if (b < 0 || (placed && !attackAgent(scan, b) && !passiveOfAct(scan, k))) continue;
    const det = scan.lower(b);
    if (REFERENCES.has(det)) {
      // "the man": the person last designated "a ... man", when no modifier says it is someone else
      const prior = last.get(noun);
      if (!prior || b !== k - 1) continue;
      add(scan, piece, b, k, { ...prior, title: null });
      continue;
    }
    if (
      !DETERMINERS.has(det) ||
      !(ACTS.has(scan.lower(b - 1)) || passiveOfAct(scan, k) || attackBy(scan, noun, k) || attackAgent(scan, b))
    )
      continue;
    const start = tokens[b]?.start ?? t.start;
    const name = scan.text.slice(tokens[b + 1]?.start ?? t.start, t.end);
    const note: MentionNote = {
      key: `person:unnamed:${start}`,
      name,
      title: null,
      role: piece?.note.role ?? null,
      gender: GENDER.get(noun) ?? null,
      affiliation: statedCountry(scan, at, b + 1, k),
      unnamed: true,
    };
    add(scan, piece, b, k, note);
    last.set(noun, note);
  }
}

function add(scan: Scan, piece: Piece | null, b: number, k: number, note: MentionNote): void {
  if (piece) {
    // a role description the role pass made ("a suspect") becomes the unnamed person
    piece.note = { ...note, role: piece.note.role ?? null };
    return;
  }
  const first = scan.tokens[b] as { start: number };
  const lastTok = scan.tokens[k] as { end: number };
  scan.add({ start: first.start, end: lastTok.end, first: b, last: k, kind: "person", via: "description", note });
}

/** Index of the determiner that opens the noun phrase ending at token k, or -1. */
function determinerBefore(scan: Scan, at: Int32Array, from: number, k: number): number {
  for (let j = from === k ? k - 1 : from; j >= 0 && j >= k - 1 - MAX_MODIFIERS; j--) {
    const t = scan.tokens[j];
    if (!t || t.kind !== "word") return -1;
    const w = scan.lower(j);
    if (DETERMINERS.has(w) || REFERENCES.has(w)) return j;
    if (NOT_MODIFIERS.has(w)) return -1;
    // a modifier may be a place or a nationality ("a Cheltenham man"), not a person or a body
    const p = at[j] ?? -1;
    const kind = p >= 0 ? scan.pieces[p]?.kind : undefined;
    if (kind && kind !== "location" && kind !== "country" && !(p === at[k] && kind === "person")) return -1;
  }
  return -1;
}

/** "a man was arrested", "a suspect in Wisconsin has been charged", "a woman was taken into custody": the noun as an act's passive subject. */
function passiveOfAct(scan: Scan, k: number): boolean {
  let j = k + 1;
  // "in Wisconsin", "from Reading": a short place phrase before the verb
  if (scan.lower(j) === "in" || scan.lower(j) === "from") {
    let e = j + 1;
    while (e <= j + MAX_PLACE_WORDS && scan.tokens[e]?.kind === "word" && !passiveAuxiliaries.has(scan.lower(e))) e++;
    j = e;
  }
  if (!passiveAuxiliaries.has(scan.lower(j))) return false;
  let n = 0;
  while (passiveAuxiliaries.has(scan.lower(j)) && n < 3) {
    j++;
    n++;
  }
  return ACTS.has(scan.lower(j)) || custodyAt(scan, j);
}

/** "taken into custody", "held in detention": a custody verb, one word, then a custody noun. */
function custodyAt(scan: Scan, j: number): boolean {
  return CUSTODY_VERBS.has(scan.lower(j)) && CUSTODY_NOUNS.has(scan.lower(j + 2));
}

/** "a gunman shot", "a suicide bomber then detonated", "a man opened fire": the noun as an attack's subject. */
function attackBy(scan: Scan, noun: string, k: number): boolean {
  // "a suicide bomber": a two-word doer ("a Japanese bomber attacked a vessel" is an aircraft)
  if (!DOERS.has(noun) && !DOERS.has(`${scan.lower(k - 1)} ${noun}`)) return false;
  let j = k + 1;
  if (BEFORE_ATTACK.has(scan.lower(j))) j++;
  const verb = scan.lower(j);
  if (!ATTACKS.has(verb) || scan.tokens[j]?.kind !== "word") return false;
  // "a man opened the door": only "opened fire" is an attack
  return verb !== "opened" || scan.lower(j + 1) === "fire";
}

/** "was shot by a police officer", "were killed in June by a lone gunman": the phrase at `b` as a violent passive's agent. */
function attackAgent(scan: Scan, b: number): boolean {
  if (scan.lower(b - 1) !== "by") return false;
  for (let j = b - 2; j >= 0 && j >= b - 2 - unnamed.attackedByReach; j--) {
    const t = scan.tokens[j];
    // the participle is in the same clause: no sentence end or clause break between
    if (!t || (t.kind !== "word" && t.text !== "-")) return false;
    if (ATTACKED_BY.has(scan.lower(j))) return true;
  }
  return false;
}

/** "an Iranian woman", "a Cheltenham man": the country a nationality among the modifiers names (not a town). */
function statedCountry(scan: Scan, at: Int32Array, from: number, to: number): string | null {
  for (let j = from; j < to; j++) {
    const piece = scan.pieces[at[j] ?? -1];
    if (piece?.kind === "country") return piece.note.key;
    const t = scan.tokens[j];
    const entry = t?.cap ? gazetteer.get(t.text) : undefined;
    if (entry?.type === "demonym") return `country:${entry.code}`;
  }
  return null;
}
