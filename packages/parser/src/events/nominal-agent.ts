import titles from "../../data/titles.json";
import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";
import { objectEnd } from "./clause-words.js";
import type { Token } from "./tokens.js";

// A nominal act that names both its sides in full: "the arrest of Tom Baker by Norwegian police",
// "an investigation into Acme by the regulator". The one acted on follows "of" / "into" at once
// (a title or an article may precede the name), and "by" follows that name at once: then the names
// after "by" are the doer. Told this way the act is told, even after "the", as the doer is spelt
// out. Not "an investigation into alleged misconduct by X" (no one named before "by": X is the
// wrongdoer) nor "a probe into risks posed by X" (a participle stands between).

const LINKS = new Set(["of", "into"]);
const BEFORE_PATIENT = /^\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

// "by Norwegian police", "by the regulator", "by independent counsel Ken Starr": at most two words of title
const AGENT_HEAD = /^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

export type NamedSides = { agent: ActorMention; patient: ActorMention };

/** The doer after "by" and the one acted on after the cue's "of" / "into", when both are named back to back. */
export function namedSides(doc: Doc, tokens: Token[], last: number, to: number): NamedSides | null {
  const link = tokens[last];
  if (!link || !LINKS.has(link.lower)) return null;
  const patient = patientAfter(doc, tokens, last, to);
  if (!patient) return null;
  const end = (tokens[to - 1] as Token).end;
  let by = last + 1;
  while (by < to && (tokens[by] as Token).start < patient.end) by++;
  const byToken = tokens[by];
  if (by >= to || !byToken || byToken.lower !== "by" || doc.text.slice(patient.end, byToken.start).trim() !== "")
    return null;
  const next = tokens[by + 1];
  if (!next || by + 1 >= to) return null;
  const stop = objectEnd(tokens, by + 1, to);
  const agent = mentionsIn(doc, next.start, (tokens[stop] as Token | undefined)?.start ?? end)[0];
  if (!agent || agent.actor === patient.actor || !AGENT_HEAD.test(doc.text.slice(next.start, agent.start))) return null;
  return { agent, patient };
}

/** The one named right after the preposition at `link` (an article and title words may precede the name), or null. */
export function patientAfter(doc: Doc, tokens: Token[], link: number, to: number): ActorMention | null {
  const at = tokens[link];
  if (!at || link + 1 >= to) return null;
  const patient = mentionsIn(doc, at.end, (tokens[to - 1] as Token).end)[0];
  if (!patient) return null;
  const between = doc.text.slice(at.end, patient.start);
  return BEFORE_PATIENT.test(between) || titledPatient(between) ? patient : null;
}

// "Cruz's non-endorsement of presidential nominee Donald Trump", "the arrest of opposition leader X":
// a few lower-case words before the name that end in a title's head describe the one named
const TITLED = /^\s+(?:(?:the|a|an)\s+)?((?:[\p{Ll}-]+\s+){1,3})(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
const TITLE_HEADS: ReadonlySet<string> = new Set([...titles.heads, ...titles.extraHeadsAfterLinks]);

function titledPatient(between: string): boolean {
  const words = TITLED.exec(between)?.[1]?.trim().split(/\s+/);
  return !!words && TITLE_HEADS.has(words.at(-1) ?? "");
}
