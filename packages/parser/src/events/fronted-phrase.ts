import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";
import type { Token } from "./tokens.js";

/** Prepositions that open a phrase set before the sentence's subject: "After blasting X, Beck ...", "In her statement condemning X, Clinton ...". */
const OPENERS = new Set(["after", "before", "in", "with", "by", "while", "since", "upon", "on", "when"]);

// how many tokens the cue may stand into the phrase, and words between the comma and the subject's name
const CUE_REACH = 5;
const SUBJECT_LEAD = 5;

/**
 * A cue inside a phrase that opens the sentence and names no one before the
 * cue ("After blasting the Drudge Report for ..., Glenn Beck doubled down",
 * "In her statement condemning the test, Hillary Clinton defended ..."): the
 * phrase has no subject of its own, so the one who blasts or condemns is the
 * sentence's subject, named right after the phrase's comma, and the one
 * accused is named before that comma. Null when the phrase names someone
 * before the cue ("After Clinton accused him of sexism, he warned": the
 * accuser is in the phrase) or no name follows the comma closely.
 */
export function frontedPhrase(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  cue: number,
): { comma: number; subject: ActorMention } | null {
  const opener = tokens[from];
  const head = tokens[cue];
  if (!opener || !head || !OPENERS.has(opener.lower) || cue - from > CUE_REACH) return null;
  for (let k = from + 1; k < cue; k++) if ((tokens[k] as Token).punct) return null;
  // a pronoun before the cue ("In her statement") may be read, a name may not
  if (mentionsIn(doc, sentence.start, head.start).some((m) => m.via !== "pronoun")) return null;
  let comma = cue + 1;
  while (comma < tokens.length && (tokens[comma] as Token).sentence === head.sentence) {
    const t = tokens[comma] as Token;
    if (t.lower === ",") break;
    if (t.punct && t.lower !== '"' && t.lower !== "“" && t.lower !== "”") return null;
    comma++;
  }
  const at = tokens[comma];
  if (!at || at.lower !== ",") return null;
  const subject = mentionsIn(doc, at.end, sentence.end)[0];
  if (!subject) return null;
  for (let k = comma + 1; k < tokens.length && (tokens[k] as Token).start < subject.start; k++)
    if ((tokens[k] as Token).punct || k - comma > SUBJECT_LEAD) return null;
  return { comma, subject };
}
