import lexicon from "../../data/condemnation-lexicon.json";
import type { Doc } from "../doc.js";
import { mentionsIn, subjectBefore } from "./actor-roles.js";
import { ANAPHORIC, isPassive } from "./clause-words.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// "called the stabbing an act of barbarity", "called the investigation
// Soviet-style": a condemnation of an act accuses the act's doer, whom the
// story names elsewhere ("a man stabbed ...", "Democrats are investigating").

const SUFFIXES = ["ations", "ation", "ings", "ing", "ions", "ion", "ment", "ures", "ure", "s", "e"];
const MIN_STEM = 4;
/** A stem longer than this may lose its last letter to meet its verb's ("suspens" -> "suspen"). */
const MIN_LOOSE = 5;
const DOER_NOUNS = new Set(lexicon.doerNouns);
const DETERMINERS = new Set([...ANAPHORIC, "such"]);

/** The stem an act noun shares with its verb: "stabbing" -> "stabb", "investigation" -> "investig". */
function stem(word: string): string | null {
  for (const s of SUFFIXES) if (word.endsWith(s) && word.length - s.length >= MIN_STEM) return word.slice(0, -s.length);
  return word.length >= MIN_STEM ? word : null;
}

/** Index of the act noun a phrase at `i` opens with ("the stabbing", "this attack"), or -1. */
export function actNounAt(tokens: Token[], i: number, to: number): number {
  let k = i;
  while (k < to && DETERMINERS.has((tokens[k] as Token).lower)) k++;
  const t = tokens[k];
  if (!t || k >= to || k === i || t.punct || !/^[a-z]/.test(t.lower)) return -1;
  return k;
}

/**
 * The actor the story names as doing the act at token `act`: "the attack by
 * X", "X's attack", else the subject of the last active verb before it that
 * shares the noun's stem ("X stabbed", "X is investigating"), else an actor
 * named only as the doer of an unnamed deed ("the perpetrators"), else null.
 */
export function actDoer(doc: Doc, tokens: Token[], act: number, exclude: string[]): string | null {
  const noun = tokens[act];
  if (!noun) return null;
  const by = tokens[act + 1]?.lower === "by" ? tokens[act + 2] : undefined;
  if (by) {
    const agent = mentionsIn(doc, by.start, by.end + 60)[0];
    if (agent && agent.start === by.start && !exclude.includes(agent.actor)) return agent.actor;
  }
  if (!stem(noun.lower)) return null;
  return (
    stemVerbDoer(doc, tokens, act, exclude, 0) ??
    (INQUIRIES.has(noun.lower) ? inquiryLauncher(doc, tokens, act, exclude) : null) ??
    doerByName(doc, exclude)
  );
}

/**
 * The subject of the last active verb before the act noun at token `act` that
 * shares the noun's stem ("Becker vetoed ... the veto", "X suspended ... the
 * suspension"), looked for back to token `floor`; null when none or when it is
 * one of `exclude`.
 */
export function stemVerbDoer(doc: Doc, tokens: Token[], act: number, exclude: string[], floor: number): string | null {
  const noun = tokens[act];
  const base = noun ? stem(noun.lower) : null;
  if (!noun || !base) return null;
  // "suspension" / "suspended", "prorogation" / "prorogued": the verb's stem ends differently
  const loose = base.length > MIN_LOOSE ? base.slice(0, -1) : base;
  for (let k = act - 1; k >= floor; k--) {
    const t = tokens[k] as Token;
    if (!t.lower.startsWith(loose) || t.lower === noun.lower) continue;
    const sentence = doc.sentences[t.sentence];
    if (!sentence) continue;
    const from = tokenIndexAt(tokens, sentence.start);
    // a noun ("the stabbing") or a passive ("was stabbed") names no doer before it
    if (DETERMINERS.has(tokens[k - 1]?.lower ?? "") || isPassive(tokens, k, from)) continue;
    const subject = subjectBefore(doc, sentence.start, t.start);
    if (subject && !exclude.includes(subject.actor)) return subject.actor;
  }
  return null;
}

const INQUIRIES = new Set(lexicon.inquiryNouns);
const LAUNCHES = new Set(lexicon.launchVerbs);
// "passed a resolution to establish procedural rules for the next, public phase of the impeachment investigation"
const LAUNCH_REACH = 20;

/**
 * "called the process a coup": the inquiry's doer is whoever the story told
 * earlier launching, passing or conducting an inquiry by any of its names
 * ("the House passed a resolution for ... the impeachment investigation"): the
 * subject of the launching verb that stands between it and the noun.
 */
function inquiryLauncher(doc: Doc, tokens: Token[], act: number, exclude: string[]): string | null {
  for (let k = act - 1; k >= 0; k--) {
    if (!INQUIRIES.has((tokens[k] as Token).lower)) continue;
    const sentence = doc.sentences[(tokens[k] as Token).sentence];
    if (!sentence) continue;
    const from = tokenIndexAt(tokens, sentence.start);
    for (let v = k - 1; v >= from && v >= k - LAUNCH_REACH; v--) {
      const t = tokens[v] as Token;
      if (!LAUNCHES.has(t.lower) || isPassive(tokens, v, from)) continue;
      const subject = subjectBefore(doc, sentence.start, t.start);
      if (subject && !exclude.includes(subject.actor)) return subject.actor;
      break;
    }
  }
  return null;
}

/**
 * The one actor the story calls "the perpetrators", "the gunman" ...: two such leave it open. An
 * alias counts ("An individual has been arrested ... The attacker jumped on stage": one person).
 */
function doerByName(doc: Doc, exclude: string[]): string | null {
  const doers = doc.actors.filter(
    (a) =>
      !exclude.includes(a.id) &&
      [a.name, ...a.aliases].some((n) => DOER_NOUNS.has(n.toLowerCase().split(/\s+/).at(-1) ?? "")),
  );
  return doers.length === 1 ? (doers[0]?.id ?? null) : null;
}
