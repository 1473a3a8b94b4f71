import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import type { Response, Span } from "../model.js";
import { addAccusation } from "./accusation-builder.js";
import { firstWrong, harmVictim } from "./accusation-lexicon.js";
import { closelyTied, mentionsIn } from "./actor-roles.js";
import { allegationEnd, clauseEnd } from "./clause-bounds.js";
import { CueSet, compilePattern } from "./cue-patterns.js";
import { docTokens, type Token, tokenIndexAt } from "./tokens.js";

// "impeached President Trump over an alleged abuse of power", "issued arrest
// warrants on 36 people believed to have been involved in the assassination":
// a legal act that states its ground alleges that ground against the ones it
// targets. The response stage finds the act; this adds its accusation. Only
// targets named in the sentence, outside the ground itself, are accused: a
// guessed target, or the victim inside the ground ("the murder of X"), is not.

const grounds = new CueSet<true>(cues.legalGrounds.map((g) => compilePattern(g, true)));
const CRIMES = new Set(cues.crimes);

export function accusationsOfLegalActs(doc: Doc): void {
  if (!doc.responses.some((r) => r.type === "legal_action")) return;
  const tokens = docTokens(doc);
  for (const r of doc.responses) {
    if (r.type !== "legal_action" || r.modality === "negated" || r.targets.length === 0) continue;
    legalAccusation(doc, tokens, r);
  }
  doc.accusations.sort((a, b) => a.evidence.start - b.evidence.start);
}

function legalAccusation(doc: Doc, tokens: Token[], r: Response): void {
  const from = tokenIndexAt(tokens, r.evidence.start);
  const first = tokens[from];
  if (!first) return;
  const sentence = first.sentence;
  let to = from;
  while (to < tokens.length && (tokens[to] as Token).sentence === sentence) to++;
  const stop = clauseEnd(tokens, from, to);
  const opener = grounds.matchAll(tokens, from, stop)[0];
  if (!opener) return;
  const wrong = groundWrong(tokens, opener.last + 1, stop);
  // "over its Ballot Interference Prevention Act": a capitalised wrong is part of a name, not a deed
  if (!wrong || /^\p{Lu}/u.test(doc.text.charAt((tokens[wrong.first] as Token).start))) return;
  const s = doc.sentences[sentence] as Span;
  const ground: Span = { start: (tokens[opener.first] as Token).start, end: (tokens[wrong.last] as Token).end };
  const named = new Set(
    mentionsIn(doc, s.start, s.end)
      .filter((m) => (m.end <= ground.start || m.start >= ground.end) && !harmVictim(tokens, m.start))
      .map((m) => m.actor),
  );
  const accused = r.targets.filter((t) => named.has(t) && !closelyTied(doc, t, r.actor));
  if (accused.length === 0) return;
  const allegationStart = opener.last + 1;
  addAccusation(doc, tokens, {
    accuser: r.actor,
    accused,
    allegation: { start: (tokens[allegationStart] as Token).start, end: allegationEnd(tokens, allegationStart, to) },
    evidence: { start: r.evidence.start, end: Math.max(r.evidence.end, ground.end) },
  });
}

/** The first wrong (or named crime) in the ground's first words, starting at token i. */
function groundWrong(tokens: Token[], i: number, stop: number): { first: number; last: number } | null {
  let end = i;
  while (end < stop && end < i + cues.groundWindow && !clausePunct(tokens[end] as Token)) end++;
  for (let k = i; k < end; k++) if (CRIMES.has((tokens[k] as Token).lower)) return { first: k, last: k };
  const hit = firstWrong(tokens, i, end);
  return hit && hit.first >= i ? hit : null;
}

const QUOTES = new Set(['"', "“", "”"]);
const clausePunct = (t: Token): boolean => t.punct && !QUOTES.has(t.lower);
