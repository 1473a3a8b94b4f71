import type { ClaimContext, Cue } from "./context.js";
import {
  DETERMINERS,
  NEGATIONS,
  NOUN_COMPOUNDS,
  NOUN_MODIFIERS,
  PASSIVE_BEFORE,
  PRONOUN_CONTRACTIONS,
} from "./lexicon.js";
import type { Token } from "./tokens.js";

// words before a cue that make it a noun or an infinitive ("in reports", "to say")
// and "as" before one ("as predicted") refers back rather than reporting
const BEFORE_NOUN_OR_INFINITIVE = new Set([
  "in",
  "of",
  "for",
  "with",
  "by",
  "from",
  "to",
  "about",
  "on",
  "whose",
  "as",
]);

// prepositions that take a gerund: "criticized for saying", "aside from saying", "after telling"
const GERUND_PREPOSITIONS = new Set(["by", "for", "from", "of", "about", "after", "before", "without", "while"]);

/**
 * Whether a cue word is used as a reporting verb here: not a noun ("the
 * report", "his claims"), not a name ("United States"), not passive ("was
 * told"), not negated ("did not say", "declined to say").
 */
export function isReportingUse(ctx: ClaimContext, cue: Cue): boolean {
  const { tokens } = ctx;
  const first = tokens[cue.first] as Token;
  const sentenceStart = ctx.sentenceFirst[ctx.sentenceOf[cue.first] as number] === cue.first;
  const headline = ctx.titleCase[ctx.sentenceOf[cue.first] as number] === 1;
  if (first.upper && !sentenceStart && !headline) return false;
  if (cue.entry.complement === "prepositional") return true;
  const next = tokens[cue.last + 1];
  if (next && NOUN_COMPOUNDS.has(`${(tokens[cue.last] as Token).lower} ${next.lower}`)) return false;
  const prev = tokens[cue.first - 1];
  // "Asked whether he would run, ...": a question cue may open its sentence
  if (!prev || sentenceStart)
    return cue.entry.words.length > 1 || prev?.kind === "quote" || cue.entry.complement === "question";
  if (prev.kind === "word") {
    if (DETERMINERS.has(prev.lower) && prev.lower !== "that") return false;
    // "all claims that ...", "new reports": a plural noun after a quantifier or an adjective
    // "18 states", "0.1 percentage points": a counted plural is a noun too
    if ((NOUN_MODIFIERS.has(prev.lower) || startsWithDigit(prev)) && cue.entry.words[0]?.endsWith("s")) return false;
    // "Russia's claims" is a noun; "he's claiming" is a pronoun and its auxiliary
    if ((prev.lower.endsWith("'s") && !PRONOUN_CONTRACTIONS.has(prev.lower)) || prev.lower.endsWith("s'")) return false;
    // "by saying ...", "for saying that ...": a gerund after a preposition still reports; "in reports" does not
    const byGerund = GERUND_PREPOSITIONS.has(prev.lower) && cue.entry.words[0]?.endsWith("ing");
    if (BEFORE_NOUN_OR_INFINITIVE.has(prev.lower) && !byGerund) return false;
    if (PASSIVE_BEFORE.has(prev.lower) && !cue.entry.words[0]?.endsWith("ing")) return false;
  }
  for (let k = cue.first - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") break;
    if (NEGATIONS.has(t.lower) || t.lower.endsWith("n't")) return false;
  }
  return true;
}

function startsWithDigit(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  return c >= 48 && c <= 57;
}
