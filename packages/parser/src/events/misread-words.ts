import lexicon from "../../data/denial-cues.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { pronounGender } from "../entities/lexicon.js";
import type { Claim } from "../model.js";
import { addDenial } from "./add-denial.js";
import { CueSet, compilePattern } from "./cue-patterns.js";
import { genderOf } from "./object-pronoun.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// "Hale said his remarks had been taken out of context", '"They twisted my
// words," Hale said', "Hale later said he was joking": a speaker saying that
// its own words were misread denies what they were taken to say. The words
// were the charge, so no accusation need be told before.

const OWNERS = "his|her|my|our|their|its";
const misread = new CueSet<true>(
  lexicon.misreadWords.map((p) =>
    compilePattern(p.replaceAll("OWNER", OWNERS).replace("WORDS", lexicon.ownWords.join("|")), true),
  ),
);
const joking = new CueSet<true>([compilePattern(lexicon.jokingPattern, true)]);
const OWNER_WORDS = new Set(OWNERS.split("|"));
/** In a quote the speaker is "I" or "we"; in reported speech "he" or "she" for a person, "it" or "they" for a body. */
const QUOTED = new Set(["my", "our", "i", "we", "me", "us"]);
const PERSONAL = new Set(["his", "her", "he", "she", "him"]);
const BODY = new Set(["its", "their", "it", "they", "them"]);
/** How far into the content the joking speaker's pronoun may stand before its be-form ("I was only joking"). */
const SUBJECT_REACH = 2;

export function misreadWords(doc: Doc, tokens: Token[]): void {
  for (const c of doc.claims) {
    const speaker = c.speaker;
    if (!speaker) continue;
    const from = tokenIndexAt(tokens, c.content.start);
    const to = tokenIndexAt(tokens, c.content.end);
    const m =
      misread.matchAll(tokens, from, to).find((x) => ownedBySpeaker(doc, tokens, c, x.first, x.last)) ??
      joking.matchAll(tokens, from, to).find((x) => jokingSpeaker(doc, tokens, c, from, x.first));
    if (!m) continue;
    let start = m.first;
    // "he was joking": the speaker's pronoun opens the evidence
    if (start > from && selfWord(doc, c, (tokens[start - 1] as Token).lower)) start--;
    addDenial(doc, speaker, null, { start: (tokens[start] as Token).start, end: (tokens[m.last] as Token).end });
  }
}

/** The possessive or object pronoun of the match stands for the speaker. */
function ownedBySpeaker(doc: Doc, tokens: Token[], c: Claim, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = (tokens[k] as Token).lower;
    if (OWNER_WORDS.has(w) || (k === last && k > first)) return selfWord(doc, c, w);
  }
  return false;
}

/** "he was joking": the be-form's subject, within the content's first words, is the speaker. */
function jokingSpeaker(doc: Doc, tokens: Token[], c: Claim, from: number, be: number): boolean {
  const subject = be - 1;
  if (subject < from || subject - from > SUBJECT_REACH) return false;
  return selfWord(doc, c, (tokens[subject] as Token).lower);
}

/** The pronoun `word` stands for the claim's speaker, by the claim's kind and the speaker's kind. */
function selfWord(doc: Doc, c: Claim, word: string): boolean {
  if (c.kind === "direct") return QUOTED.has(word);
  // a partial quote holds the speaker's own "my" as well as the reporter's "his"
  if (c.kind === "partial" && QUOTED.has(word)) return true;
  const kind = actorKind(doc, c.speaker);
  if (kind !== "person") return BODY.has(word);
  // "later said he was being sarcastic" given to Clinton: "he" is not a speaker known to be a woman
  const wanted = pronounGender.get(word);
  const known = c.speaker ? genderOf(doc, c.speaker) : null;
  return PERSONAL.has(word) && !(wanted && known && wanted !== known);
}
