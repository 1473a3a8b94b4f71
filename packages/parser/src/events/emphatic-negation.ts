import deniedLexicon from "../../data/denial-cues.json";
import lexicon from "../../data/emphatic-negation.json";
import { QUOTE_MARKS } from "./quote-marks.js";
import type { Token } from "./tokens.js";

// "I never threaten anybody", "I put no pressure on them whatsoever": an
// accused speaker's emphatic negation of its own act denies it though its
// words need not repeat the allegation's. An ordinary negation ("I did not
// expect this", "we will not resign") says nothing of the act, so the
// negation must be emphatic and negate a deed, not a thought, wish or plan.

const EMPHATICS = new Set(lexicon.emphatics);
const MODALS = new Set(lexicon.modals);
const AUXILIARIES = new Set(lexicon.auxiliaries);
const NON_ACTS = new Set(lexicon.nonActs);
const SPEECH = new Set(lexicon.speechActs);
const SPEECH_BASES = new Set(lexicon.speechBases);
const BE = new Set(lexicon.beForms);
const DETERMINERS = new Set(lexicon.determiners);
const DENIED_THINGS = new Set([...deniedLexicon.deniedThings.filter((w) => w.length > 4), ...lexicon.ownedDenials]);
/** A past participle after a negated be-form: "pressured", "marked", "given". */
const PARTICIPLE = /(?:ed|en)$/;
/** How far after the negation the emphatic word may stand ("did not put any", "put no pressure on them whatsoever"). */
const REACH = 8;

export interface EmphaticNegation {
  /** The last token of the negated clause. */
  end: number;
  /** The negated verb is one of saying ("I never said that"): it denies a claim about the speaker by itself. */
  saying: boolean;
  /** Two marks of emphasis or more ("never ... anybody", "any ... whatsoever"): a denial even with no accusation told. */
  doubled: boolean;
}

function auxiliary(word: string): boolean {
  return AUXILIARIES.has(word) || (word.length > 4 && word.endsWith("ly"));
}

/**
 * The emphatically negated clause that opens with the subject at `subject`,
 * negated at `neg`, or null. `plain` also takes a negation with no emphasis,
 * and a negated passive ("she was never pressured", "they were not marked
 * classified"): an insisting cue says the speaker counters something, which
 * emphasis says otherwise.
 */
export function emphaticNegation(
  tokens: Token[],
  subject: number,
  neg: number,
  to: number,
  plain = false,
): EmphaticNegation | null {
  const negWord = (tokens[neg] as Token).lower;
  // "I put no pressure": "no" follows its verb
  const verb = negWord === "no" ? neg - 1 : plain ? plainVerbAfter(tokens, neg, to) : verbAfter(tokens, neg, to);
  // "we did absolutely not": only auxiliaries and adverbs before the negation (or the verb), no be-form or modal
  let passive = false;
  for (let k = subject + 1; k < Math.min(neg, verb); k++) {
    const w = (tokens[k] as Token).lower;
    if (plain && k < neg && BE.has(w)) passive = true;
    else if (!auxiliary(w) && !(plain && QUOTE_MARKS.has(w))) return null;
  }
  const verbTok = tokens[verb];
  if (!verbTok || verb <= subject || verbTok.punct || MODALS.has(verbTok.lower) || BE.has(verbTok.lower)) return null;
  // "was never pressured", not "was not certain" or "were not looking"
  if (passive && !PARTICIPLE.test(verbTok.lower)) return null;
  // "we had no role in it": possession of a denied thing is the denial
  const ownsDenied = negWord === "no" && DENIED_THINGS.has(tokens[neg + 1]?.lower ?? "");
  if (NON_ACTS.has(verbTok.lower) && !ownsDenied) return null;
  let end = Math.max(neg, verb);
  let marks = negWord === "never" || ownsDenied ? 1 : 0;
  for (let k = neg + 1; k < to && k <= neg + REACH; k++) {
    const t = tokens[k] as Token;
    // a sentence's full stop is no token: the sentence index tells where the clause ends
    if (t.punct || t.sentence !== (tokens[neg] as Token).sentence) break;
    end = Math.max(end, k);
    // "never ever" is one mark, not two
    if (t.lower === "ever" && k === neg + 1 && negWord === "never") continue;
    if (EMPHATICS.has(t.lower) || (t.lower === "at" && tokens[k + 1]?.lower === "all")) marks++;
  }
  if (marks === 0 && !plain) return null;
  // "I never said", "I didn't say": a saying in the past; "I don't say anything privately" is a habit
  const did = tokens.slice(subject + 1, verb).some((t) => t.lower === "did");
  return { end, saying: SPEECH.has(verbTok.lower) || (did && SPEECH_BASES.has(verbTok.lower)), doubled: marks > 1 };
}

/**
 * The verb after the negation, past auxiliaries and adverbs; when what follows
 * them is an object ("didn't have any", "have not had any"), the last
 * auxiliary was the verb.
 */
function verbAfter(tokens: Token[], neg: number, to: number): number {
  for (let k = neg + 1; k < to && k <= neg + 4; k++) {
    const w = (tokens[k] as Token).lower;
    if (auxiliary(w)) continue;
    return DETERMINERS.has(w) && k > neg + 1 ? k - 1 : k;
  }
  return -1;
}

const DO_FORMS = new Set(["do", "does", "did"]);
/** How far after the negation a plain negation's verb may stand ("was never directly or indirectly pressured"). */
const PLAIN_REACH = 6;

/**
 * The verb of a plain negation: after "did not" the next word that is no
 * adverb or quote mark ("don't have healthcare": "have" is the verb, not an
 * auxiliary); else past auxiliaries, adverbs, quote marks and an "or" between
 * adverbs ("was never directly or indirectly pressured").
 */
function plainVerbAfter(tokens: Token[], neg: number, to: number): number {
  const done = DO_FORMS.has(tokens[neg - 1]?.lower ?? "");
  for (let k = neg + 1; k < to && k <= neg + PLAIN_REACH; k++) {
    const w = (tokens[k] as Token).lower;
    if (QUOTE_MARKS.has(w) || w === "or" || (done ? w.length > 4 && w.endsWith("ly") : auxiliary(w))) continue;
    return k;
  }
  return -1;
}

const QUOTED_SELVES = new Set(lexicon.quotedSelves);

/** In a quote only "I" and "we" are the speaker; "he never did anything" is about another. */
export function quotedSelf(word: string): boolean {
  return QUOTED_SELVES.has(word);
}
