import countries from "../../data/countries.json";
import type { Doc } from "../doc.js";
import type { Actor, Mention } from "../model.js";
import { docTokens, type Token } from "./tokens.js";

// "expelled Russian diplomats", "sanctions targeting Russian entities": a
// demonym before a common noun stands for its country as a party to the
// event. The entity stage keeps such words out of its mentions (they name no
// one), so the role finders add them here, for countries the story has as
// actors. A demonym that opens a name ("Russian President Vladimir Putin",
// "Iranian airline Mahan Air") leaves the role to the name.

const byDemonym = new Map<string, string[]>();
for (const c of countries as { code: string; demonyms: string[] }[])
  for (const d of c.demonyms) byDemonym.set(d, [...(byDemonym.get(d) ?? []), c.code]);

// the first two letters (low bytes) and the lengths of the demonyms: a capitalised token that
// matches neither is not sliced out of the text and looked up (most capitalised words are names)
const PAIRS = new Uint8Array(65536);
const LENGTHS = new Set<number>();
const pairAt = (text: string, i: number): number => ((text.charCodeAt(i) & 255) << 8) | (text.charCodeAt(i + 1) & 255);
for (const d of byDemonym.keys()) {
  LENGTHS.add(d.length);
  if (d.length >= 2) PAIRS[pairAt(d, 0)] = 1;
}

const codeByName = new Map<string, string>();
for (const c of countries as { code: string; names: string[] }[]) for (const n of c.names) codeByName.set(n, c.code);

type ActorMention = Mention & { actor: string; demonym?: boolean };

/** A country actor's code, from the actor or its name; undefined for any other actor. */
const countryCode = (a: Actor): string | undefined =>
  a.kind === "country" ? (a.code ?? codeByName.get(a.name)) : undefined;

export function demonymMentions(doc: Doc, named: ActorMention[]): ActorMention[] {
  const byCode = new Map<string, string>();
  for (const a of doc.actors) {
    const code = countryCode(a);
    if (code) byCode.set(code, a.id);
  }
  if (byCode.size === 0) return [];
  const tokens = docTokens(doc);
  const out: ActorMention[] = [];
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const first = doc.text.charCodeAt(t.start);
    if (t.punct || first < 65 || first > 90) continue;
    const length = t.end - t.start;
    if (!LENGTHS.has(length) || (length >= 2 && PAIRS[pairAt(doc.text, t.start)] !== 1)) continue;
    const codes = byDemonym.get(doc.text.slice(t.start, t.end));
    const actor = codes?.map((c) => byCode.get(c)).find(Boolean);
    if (!actor) continue;
    while (n < named.length && (named[n] as ActorMention).end <= t.start) n++;
    const next = named[n];
    if (next && next.start <= t.start) continue; // inside a name
    if (opensName(doc, tokens, i, next) || language(tokens, i)) continue;
    out.push({ start: t.start, end: t.end, kind: "country", actor, via: "name", demonym: true });
  }
  return out;
}

function opensName(doc: Doc, tokens: Token[], i: number, next: ActorMention | undefined): boolean {
  const after = tokens[i + 1];
  if (!after || after.punct) return false;
  const c = doc.text.charCodeAt(after.start);
  if (c >= 65 && c <= 90) return true;
  // "Iranian airline Mahan Air", "Iranian general, Qasem Soleimani": a name follows one common noun
  const limit = tokens[Math.min(i + 3, tokens.length - 1)] as Token;
  if (!next || next.start > limit.end) return false;
  const between = tokens.slice(i + 1, i + 4).filter((x) => x.start < next.start);
  return between.filter((x) => !x.punct).length <= 1 && between.every((x) => !x.punct || x.lower === ",");
}

const LIST_WORDS = new Set(["and", "or"]);

/** "told a guard, in French and English, ...": a demonym after "in" that heads no noun is a language. */
function language(tokens: Token[], i: number): boolean {
  let k = i - 1;
  // "in French and English": walk back over the other languages of a list
  while (k > 0 && (LIST_WORDS.has((tokens[k] as Token).lower) || (tokens[k] as Token).lower === ",")) k -= 2;
  if (tokens[k]?.lower !== "in") return false;
  const after = tokens[i + 1];
  return !after || after.punct || LIST_WORDS.has(after.lower) || after.sentence !== (tokens[i] as Token).sentence;
}

/** The story's country a demonym stands for ("Libyan" for Libya when the story has it as an actor), else null. */
export function demonymActor(doc: Doc, word: string): string | null {
  const codes = byDemonym.get(word);
  if (!codes) return null;
  for (const a of doc.actors) {
    const code = countryCode(a);
    if (code && codes.includes(code)) return a.id;
  }
  return null;
}
