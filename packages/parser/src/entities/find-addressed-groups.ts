import unnamed from "../../data/unnamed-persons.json";
import { addresseeNouns, addressingVerbs, gazetteer, passiveAuxiliaries } from "./lexicon.js";
import type { Scan } from "./scan.js";
import { ADDRESSING } from "./trigger-words.js";

// Words that open the object's noun phrase without naming which people it holds ("all residents",
// "the public's", "those drivers"): left out of the group's name.
const OPENERS = new Set(["the", "all", "any", "some", "many", "most", "several", "other", "those", "these", "both"]);
// Words that end a noun phrase's modifiers ("asked him and the residents", "told them of"), and the
// pronouns, articles and negation an addressed object never has among them
const NOT_MODIFIERS = new Set([...unnamed.modifierBreaks, "our", "them", "him", "us", "me", "you", "a", "an", "not"]);
// "urged vigilant local residents", "told morning rush-hour passengers": the modifiers a head may take
const MAX_MODIFIERS = 3;
// the passive's auxiliaries, and the adverbs and quantifier that may stand among them
// ("Residents have also been told to", "children were all banned from")
const PASSIVE_AUX = new Set([...passiveAuxiliaries, "also", "again", "all"]);

/**
 * "Police urged residents to stay indoors", "called on drivers to slow down", "banned children
 * from gatherings", "Residents were told to stay off the roads": people a request, an order or
 * a ban falls on as a body are its participants though the story names none of them. Each such
 * noun phrase (openers, a few modifiers, a plural noun for people) is made a group on that guess,
 * tentative: dropped when no item names it ("asked people to" in a quote of no one's act).
 */
export function findAddressedGroups(scan: Scan, at: Int32Array): void {
  const { tokens } = scan;
  for (let k = 1; k < tokens.length; k++) {
    if (!scan.triggered(k, ADDRESSING) || scan.headline[k] || tokens[k]?.cap) continue;
    const [particle, after] = addressingVerbs.get(scan.lower(k)) ?? ["", "to"];
    let head = -1;
    let first = -1;
    if (scan.lower(k + 1) === after && PASSIVE_AUX.has(scan.lower(k - 1))) {
      // "Residents were told to", "children have been banned from": the passive's subject
      head = subjectHead(scan, k - 1);
      first = head >= 0 ? modifiersBefore(scan, at, head) : -1;
    } else {
      let j = k + 1;
      if (particle) {
        if (scan.lower(j) !== particle && !(particle === "on" && scan.lower(j) === "upon")) continue;
        j++;
      }
      while (OPENERS.has(scan.lower(j)) && j < k + 4) j++;
      first = j;
      for (let n = 0; n <= MAX_MODIFIERS; n++, j++) {
        if (!isWord(scan, at, j)) break;
        if (addresseeNouns.has(scan.lower(j)) && closesObject(scan, j + 1, after)) {
          head = j;
          break;
        }
        // "asked health workers to": a two-word noun
        if (addresseeNouns.has(`${scan.lower(j)} ${scan.lower(j + 1)}`) && closesObject(scan, j + 2, after)) {
          head = j + 1;
          break;
        }
        if (!modifier(scan, at, j)) break;
      }
    }
    if (head < 0 || first < 0 || (at[head] ?? -1) >= 0) continue;
    const start = tokens[first]?.start ?? 0;
    const end = tokens[head]?.end ?? 0;
    const name = scan.text.slice(start, end).toLowerCase();
    scan.add({
      start,
      end,
      first,
      last: head,
      kind: "group",
      via: "description",
      note: { key: `group:${name}`, name, tentative: true },
    });
  }
}

/**
 * Whether the word at `j` is the one that must follow the object (`after`), or, for a request,
 * "not" and then it: "urged people not to spread rumours" asks them as much as "urged people to".
 */
function closesObject(scan: Scan, j: number, after: string): boolean {
  const w = scan.lower(j);
  return w === after || (after === "to" && w === "not" && scan.lower(j + 1) === "to");
}

/** The head noun of the subject right before the passive's auxiliaries ending at `k`, or -1. */
function subjectHead(scan: Scan, k: number): number {
  let j = k;
  while (j > k - 4 && PASSIVE_AUX.has(scan.lower(j))) j--;
  const t = scan.tokens[j];
  if (!t || t.kind !== "word" || (t.cap && !t.sentStart) || scan.named[j]) return -1;
  if (addresseeNouns.has(scan.lower(j))) return j;
  return -1;
}

/** The first modifier of the noun at `head`, walking back over at most a few modifiers. */
function modifiersBefore(scan: Scan, at: Int32Array, head: number): number {
  let b = head;
  while (b > head - MAX_MODIFIERS && isWord(scan, at, b - 1) && modifier(scan, at, b - 1) && !scan.tokens[b]?.sentStart)
    b--;
  // "the residents", "all passengers": an opener before the phrase is left out of its name
  return b;
}

function isWord(scan: Scan, at: Int32Array, j: number): boolean {
  const t = scan.tokens[j];
  return !!t && t.kind === "word" && !scan.named[j] && (at[j] ?? -1) < 0;
}

/** A lower-case word that may qualify a plural noun for people ("local", "unvaccinated"), or a nationality. */
function modifier(scan: Scan, at: Int32Array, j: number): boolean {
  const t = scan.tokens[j];
  if (!t || t.kind !== "word" || (at[j] ?? -1) >= 0) return false;
  const w = scan.lower(j);
  if (NOT_MODIFIERS.has(w) || OPENERS.has(w) || addressingVerbs.has(w)) return false;
  if (t.cap && !t.sentStart) return gazetteer.get(t.text)?.type === "demonym";
  return /^[a-z][a-z-]*$/.test(w);
}
