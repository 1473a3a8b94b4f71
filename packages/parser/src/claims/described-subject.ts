import type { ClaimContext } from "./context.js";
import type { Speaker } from "./speaker.js";
import type { Token } from "./tokens.js";
import { sentenceOpeningPerson } from "./unclosed-apposition.js";

const INDEFINITE = new Set(["a", "an"]);
// words a description may run to before the cue's comma ("a salesman from Sumter, South Carolina, who ...")
const DESCRIPTION_REACH = 40;

/**
 * "Dean Roe, a salesman from Sumter, South Carolina, says", "Lance Roe, 49, a Navy veteran who
 * works for the Air Force, said": a person named at the sentence's start, then a description
 * opening with "a"/"an" (perhaps after an age) that runs to the comma before the cue. The person
 * speaks, never a place or a body named inside the description, whose own commas ("Sumter, South
 * Carolina") would otherwise be read as the apposition's edge. `comma` is the comma before the cue.
 */
export function describedSubject(ctx: ClaimContext, comma: number, lo: number): Speaker | null {
  const { tokens } = ctx;
  if (comma - lo > DESCRIPTION_REACH) return null;
  // the name and its title: words only, up to the first comma
  let first = lo;
  while (first < comma && (tokens[first] as Token).kind === "word") first++;
  if (first === lo || first >= comma || (tokens[first] as Token).lower !== ",") return null;
  const person = sentenceOpeningPerson(ctx, lo, first - 1);
  if (!person?.actor) return null;
  // ", 49, a ...": an age before the description
  let k = first + 1;
  if (
    /^\d+$/.test((tokens[k] as Token | undefined)?.lower ?? "") &&
    (tokens[k + 1] as Token | undefined)?.lower === ","
  )
    k += 2;
  if (k >= comma || !INDEFINITE.has((tokens[k] as Token).lower)) return null;
  // a quotation inside is no description
  for (let i = k; i < comma; i++) if ((tokens[i] as Token).kind === "quote") return null;
  // the source is the whole subject with its title, as the apposition reader gives it
  return {
    speaker: person.actor,
    source: { start: (tokens[lo] as Token).start, end: (tokens[comma - 1] as Token).end },
  };
}
