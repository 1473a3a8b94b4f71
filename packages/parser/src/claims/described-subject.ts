import type { ActorKind } from "../model.js";
import type { ClaimContext } from "./context.js";
import { mentionBefore } from "./mentions-near.js";
import type { Speaker } from "./speaker.js";
import type { Token } from "./tokens.js";

const PERSON: ReadonlySet<ActorKind> = new Set(["person"]);
const INDEFINITE = new Set(["a", "an"]);
// lower-case words a subject's title may open with before the name ("former Sen. Ann Roe")
const TITLE_OPENERS = new Set(["the", "former", "then"]);
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
  const last = tokens[first - 1] as Token;
  const person = mentionBefore(ctx.mentions, last.end, PERSON);
  if (!person?.actor || person.end !== last.end) return null;
  for (let i = lo; i < first && (tokens[i] as Token).end <= person.start; i++) {
    const t = tokens[i] as Token;
    if (!t.upper && !TITLE_OPENERS.has(t.lower)) return null;
  }
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
