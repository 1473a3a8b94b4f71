import type { ClaimContext } from "./context.js";
import { DETERMINERS } from "./lexicon.js";
import { type Speaker, speakerAfter, speakerBefore } from "./speaker.js";

// how many tokens the report before a participle may take (", a senior Chinese official said on Monday,")
const REPORT_REACH = 12;
const RELATIVES = new Set(["which", "who", "that", "whom", "whose", "where", "when"]);

/**
 * "Washington did not complain ..., a Chinese official said, adding that ...": the main clause a
 * participle hangs on (ending at token `end`, its comma) closes with a report of its own, set
 * off by a comma ("a Chinese official said", "said Ann Roe", "Lee told reporters"); that
 * report's speaker goes on with the participle, not the subject of the words reported. Null
 * when the clause's last comma-set part holds no such cue (a relative clause does not count:
 * "the plan, which officials said was needed, adding").
 */
export function trailingReportSpeaker(ctx: ClaimContext, lo: number, end: number): Speaker | null {
  const { tokens } = ctx;
  let comma = end - 1;
  while (comma > lo && end - comma <= REPORT_REACH && tokens[comma]?.lower !== ",") comma--;
  if (comma <= lo || tokens[comma]?.lower !== "," || ctx.insideQuote[comma] !== -1) return null;
  // the part opens with its speaker ("a Chinese official said", "Lee told") or an inverted cue
  // ("said Ann Roe"), not with a verb of the main clause ("..., endorsed Cruz last week, saying")
  const first = tokens[comma + 1];
  if (!first || RELATIVES.has(first.lower)) return null;
  if (!first.upper && !DETERMINERS.has(first.lower) && !ctx.cueAt.get(comma + 1)?.entry.inverts) return null;
  for (let k = comma + 1; k < end; k++) {
    const cue = ctx.cueAt.get(k);
    if (!cue || tokens[k]?.upper || ctx.insideQuote[k] !== -1 || cue.entry.complement === "prepositional") continue;
    // only a verb of saying that may follow its speaker reports the clause before it
    if (cue.entry.words[0]?.endsWith("ing") || !cue.entry.inverts) return null;
    const who = k > comma + 1 ? speakerBefore(ctx, cue.first, comma + 1) : speakerAfter(ctx, cue.last);
    return who.speaker ? who : null;
  }
  return null;
}
