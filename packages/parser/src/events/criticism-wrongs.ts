import cues from "../../data/accusation-cues.json";
import lexicon from "../../data/criticism-wrongs.json";
import type { Doc } from "../doc.js";
import { mentionsIn } from "./actor-roles.js";
import { type CueMatch, CueSet, compilePattern } from "./cue-patterns.js";
import type { Token } from "./tokens.js";

// Wrongs in the words of criticism and of police statements rather than of a
// formal charge: "Johnson had abused his power", "a ploy to silence
// Parliament", "the suspension was an attempt to stop MPs debating",
// "Porter was lying", "the force failed to protect her", "Dean shot the
// officer", "Mendez stabbed Hale". A statement's content that says an actor
// did one of them accuses that actor, the way accusation-categories.json's
// words do: firstWrong reads these too, so the claim, reported-speech and
// "according to" passes all find them, and the doer is resolved as for any
// other wrong.

const EVALUATIONS = lexicon.conductEvaluations;
const phrases = new CueSet<string>([
  ...lexicon.families.flatMap((f) => f.cues.map((p) => compilePattern(p, f.category))),
  // said of the actor as a predicate only: "Becker is callous", not "xenophobic violence" nor "it is unethical to ..."
  ...EVALUATIONS.groups.map((g) =>
    compilePattern(`${EVALUATIONS.frame} ${g.words.join("|")} ${EVALUATIONS.after}`, g.category),
  ),
]);
// "mocked a reporter", "vilified them": deriding a person is a wrong the way harming one is, and
// like a harm it needs the person as its object ("mocked the plan" criticises a policy)
const DERISION = lexicon.derisionVerbs.category;
const HARM_VERBS = new CueSet<string>(
  [lexicon.harmVerbs, lexicon.derisionVerbs].flatMap((g) => g.verbs.map((v) => compilePattern(v, g.category))),
);
const DETERMINERS = new Set(lexicon.determiners);
const PRONOUNS = new Set(lexicon.pronouns);
const PERSON_NOUNS = new Set(lexicon.personNouns);
const BODY_PARTS = new Set(lexicon.bodyParts);
/** Owners whose body part stands for the person harmed: "grabbed his arm". */
const OWNERS = new Set(["his", "their"]);
const CONDITIONALS = new Set(lexicon.conditionals);
/**
 * "instead of mocking his rivals", "rather than vilifying them": after these a gerund of derision is a topic,
 * not an act told; a harm's gerund keeps its reading ("arrested for stabbing a man" tells the deed).
 */
const GERUND_OPENERS = new Set(cues.gerundOpeners);
const CLAUSE_STOPS = new Set([",", ";", ":", "but", "because", "and"]);
/** Words between a determiner and its head noun: "a 17-year-old girl", "the off-duty police officer". */
const NOUN_REACH = 4;

/**
 * The criticism wrongs in tokens [from, to) that are asserted (not after a
 * conditional in their clause: "it would be an outrage if ..."). A harm verb
 * counts only with a person as its object; `doc`, when given, lets a named
 * actor be that object ("stabbed Hale").
 */
export function criticismWrongsIn(tokens: Token[], from: number, to: number, doc?: Doc): CueMatch<string>[] {
  const hits = phrases.matchWithin(tokens, from, to);
  const harms = HARM_VERBS.matchWithin(tokens, from, to);
  // none of either (most stretches): the shared empty list, read only, as matchWithin gives
  if (hits.length === 0 && harms.length === 0) return hits;
  const found = hits.filter((m) => asserted(tokens, m.first));
  for (const m of harms) {
    const verb = tokens[m.first] as Token;
    const topic = verb.lower.endsWith("ing") && GERUND_OPENERS.has(tokens[m.first - 1]?.lower ?? "");
    if (topic && m.pattern.value === DERISION) continue;
    const last = personObject(tokens, m.last + 1, to, doc);
    if (last >= 0 && asserted(tokens, m.first)) found.push({ pattern: m.pattern, first: m.first, last });
  }
  return found;
}

/** The last token of a person object opening at token `i` ("him", "the officer", "Hale"), or -1. */
function personObject(tokens: Token[], i: number, to: number, doc?: Doc): number {
  const t = tokens[i];
  if (!t || i >= to || t.punct) return -1;
  // "him", or a bare plural: "abused children", "shot protesters"
  if (PRONOUNS.has(t.lower) || PERSON_NOUNS.has(t.lower)) return i;
  if (DETERMINERS.has(t.lower)) {
    // "yanked the arm of a reporter", "grabbed his throat": a body part stands for its owner
    const part = tokens[i + 1];
    if (part && BODY_PARTS.has(part.lower)) {
      if (tokens[i + 2]?.lower === "of") return personObject(tokens, i + 3, to, doc);
      return OWNERS.has(t.lower) ? i + 1 : -1;
    }
    for (let k = i + 1; k < to && k <= i + NOUN_REACH; k++) {
      const w = tokens[k] as Token;
      if (w.punct) return -1;
      if (PERSON_NOUNS.has(w.lower)) return k;
    }
    return -1;
  }
  if (!doc) return -1;
  // a named actor standing right after the verb
  const m = mentionsIn(doc, t.start, (tokens[Math.min(to - 1, i + 5)] as Token).end)[0];
  if (!m || m.start !== t.start) return -1;
  let k = i;
  while (k + 1 < to && (tokens[k + 1] as Token).end <= m.end) k++;
  return k;
}

/** Not supposed: no conditional ("if", "would") earlier in the wrong's clause. */
function asserted(tokens: Token[], first: number): boolean {
  const sentence = (tokens[first] as Token).sentence;
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || CLAUSE_STOPS.has(t.lower)) break;
    if (CONDITIONALS.has(t.lower)) return false;
  }
  return true;
}
