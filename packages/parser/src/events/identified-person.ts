import lexicon from "../../data/response-types.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { mentionsIn } from "./actor-roles.js";
import { docTokens, type Token } from "./tokens.js";

// "Police arrested a 25-year-old man ... detained the man, later identified as Khairi
// Saadallah": crime news acts on a person it first leaves unnamed ("a man", "the
// suspect") and tells who he is in an identifying phrase ("identified as X", "named
// him as X", "a man named X", "suspected to be X"). The person named there is the one
// acted on; the entity stages keep no actor for the bare description.

const UNNAMED = new Set<string>(lexicon.identifiedPersons.unnamedNouns);
const DETERMINERS = new Set(["a", "an", "the", "another", "one"]);
// between "identified" or "named him" and its "as": "identified only as", "named him on Sunday as"
const AS_REACH = 4;
// between the identifying words and the name: "as Reading resident and Libyan national Khairi Saadallah"
const NAME_REACH = 8;

interface Identification {
  pos: number;
  actor: string;
}

const cache = new WeakMap<Doc, Identification[]>();

/** The persons the story identifies in an identifying phrase, in text order. */
function identifications(doc: Doc): Identification[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const tokens = docTokens(doc);
  const persons = new Set(doc.actors.filter((a) => a.kind === "person").map((a) => a.id));
  const out: Identification[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const after = nameStart(tokens, i);
    if (after < 0) continue;
    const t = tokens[after] as Token;
    const sentenceEnd = doc.sentences[t.sentence]?.end ?? t.end;
    const limit = tokens[Math.min(after + NAME_REACH, tokens.length - 1)] as Token;
    const named = mentionsIn(doc, t.start, Math.min(sentenceEnd, limit.end + 40)).find(
      (m) => persons.has(m.actor) && m.start <= limit.start,
    );
    if (named) out.push({ pos: (tokens[i] as Token).start, actor: named.actor });
  }
  cache.set(doc, out);
  return out;
}

/** Index of the token where the name of an identifying phrase at token i may start, or -1. */
function nameStart(tokens: Token[], i: number): number {
  const w = (tokens[i] as Token).lower;
  const next = (k: number) => tokens[i + k]?.lower ?? "";
  const sameSentence = (k: number) => tokens[i + k]?.sentence === (tokens[i] as Token).sentence;
  // "suspected to be X", "believed to be X"
  if ((w === "suspected" || w === "believed") && next(1) === "to" && next(2) === "be" && sameSentence(3)) return i + 3;
  // "a man named X": the name right after a description of a person
  if (w === "named" && UNNAMED.has(tokens[i - 1]?.lower ?? "") && sameSentence(1)) return i + 1;
  // "identified as X", "identified only as X", "named him on Sunday as X"
  if (w === "identified" || (w === "named" && (next(1) === "him" || next(1) === "her"))) {
    for (let k = 1; k <= AS_REACH && sameSentence(k); k++) {
      const t = tokens[i + k] as Token;
      if (t.lower === "as") return sameSentence(k + 1) ? i + k + 1 : -1;
      if (t.punct) return -1;
    }
  }
  return -1;
}

/**
 * The person the story identifies an unnamed one at `pos` with: the identifying phrase
 * nearest after `pos` (in the text), else the nearest before it; never `actor` itself.
 * `introduced`: the unnamed one is new to the story ("a suspect"), so only a later phrase names him.
 */
export function identifiedPerson(doc: Doc, pos: number, actor: string | null, introduced = false): string | null {
  const list = identifications(doc).filter((x) => x.actor !== actor);
  return (list.find((x) => x.pos >= pos) ?? (introduced ? undefined : list.at(-1)))?.actor ?? null;
}

/** "arrested a 36-year-old man", "detained the man": an object that describes a person no actor names. */
export function unnamedPersonAt(doc: Doc, tokens: Token[], i: number, to: number): boolean {
  const first = tokens[i];
  if (!first || i >= to || !DETERMINERS.has(first.lower)) return false;
  for (let k = i + 1; k < to && k <= i + 4; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return false;
    // "a Libyan man": a nationality describes the person, it names no one
    if (UNNAMED.has(t.lower))
      return mentionsIn(doc, first.start, t.end, true).every((m) => actorKind(doc, m.actor) === "country");
  }
  return false;
}

/** "a man was arrested", "the suspect was detained": a passive's subject word that names a person no actor names. */
export function unnamedPersonWord(word: string): boolean {
  return UNNAMED.has(word);
}

/** "arrested a 36-year-old man": the actor is a person the story designates only without a name. */
export function isUnnamedPerson(doc: Doc, actor: string): boolean {
  const notes = doc.entities?.notes;
  if (!notes || notes.length !== doc.mentions.length) return false;
  return doc.mentions.some((m, i) => m.actor === actor && notes[i]?.unnamed);
}
