import type { Mention } from "../model.js";
import type { ClaimContext, Cue } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import type { CueEntry } from "./lexicon.js";
import { mentionsIn } from "./mentions-near.js";
import type { Token } from "./tokens.js";

const COLON_CUE: CueEntry = { words: [":"], complement: "quote", object: false, inverts: false };
const MAX_NAME_WORDS = 3;
const INITIALS = /^\p{Lu}{2,4}$/u;
const CAPS = /^[\p{Lu}][\p{Lu}.'’-]+$/u;

/**
 * Transcripts: a paragraph that opens with a speaker's name in capitals and
 * a colon ("PENCE: Well, look, ...") reports that speaker's words.
 */
export function findTranscriptLines(ctx: ClaimContext, usedCues: Set<number>): ClaimDraft[] {
  const { tokens, text } = ctx;
  const out: ClaimDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && ctx.paragraphOf[i - 1] === ctx.paragraphOf[i]) continue;
    let k = i;
    if ((tokens[k] as Token).kind === "quote") k++;
    let j = k;
    while (
      j < tokens.length &&
      j - k < MAX_NAME_WORDS &&
      CAPS.test(text.slice((tokens[j] as Token).start, (tokens[j] as Token).end))
    )
      j++;
    const colon = tokens[j];
    if (j === k || !colon || colon.lower !== ":" || ctx.paragraphOf[j] !== ctx.paragraphOf[i]) continue;
    let end = j + 1;
    while (end + 1 < tokens.length && ctx.paragraphOf[end + 1] === ctx.paragraphOf[i]) end++;
    while (end > j && (tokens[end] as Token).kind === "quote") end--;
    if (end - j < 3) continue;
    const name = { start: (tokens[k] as Token).start, end: (tokens[j - 1] as Token).end };
    const cue: Cue = { first: j, last: j, entry: COLON_CUE };
    usedCues.add(j);
    out.push({
      speaker: speakerNamed(ctx, name),
      source: name,
      cue: { start: colon.start, end: colon.end },
      content: { start: (tokens[j + 1] as Token).start, end: (tokens[end] as Token).end },
      kind: "direct",
      cueToken: cue.first,
      lastToken: end,
    });
  }
  return out;
}

/**
 * The actor a speaker's label stands for: a person its mention names, else a
 * person whose name it is or ends with or whose initials it spells ("NG"),
 * else any actor its mention names.
 */
export function speakerNamed(ctx: ClaimContext, name: { start: number; end: number }): string | null {
  const m: Mention | undefined = mentionsIn(ctx.mentions, name)[0];
  if (m?.kind === "person") return m.actor;
  return personLabelled(ctx, ctx.text.slice(name.start, name.end)) ?? m?.actor ?? null;
}

/** A person whose name is the label, ends with it, or has it for initials. */
export function personLabelled(ctx: ClaimContext, label: string): string | null {
  const lower = label.toLowerCase();
  const initials = INITIALS.test(label);
  for (const a of ctx.doc.actors) {
    if (a.kind !== "person") continue;
    const words = a.name.split(/\s+/);
    if (a.name.toLowerCase() === lower || words[words.length - 1]?.toLowerCase() === lower) return a.id;
    if (initials && words.map((w) => w.charAt(0)).join("") === label) return a.id;
  }
  return null;
}
