import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation, mainSubject } from "./accusation-builder.js";
import { adjectiveCues, categoryIn, describedAs, firstWrong } from "./accusation-lexicon.js";
import { mentionsIn, objectsIn, sameSide } from "./actor-roles.js";
import { allegationEnd } from "./clause-bounds.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// Accusations the text implies rather than states: "in response to what they
// describe as malign activity by Moscow" and "Moscow's alleged offer of
// bounties". The accuser must be in the sentence: no one is guessed.

const GENERIC = new Set(["authorities", "officials", "they", "critics", "observers", "some"]);
const OPENERS = new Set(["for", "over", "to", "against", "after", "because", "of"]);
const NOT_ADJECTIVE = new Set(["has", "have", "had", "having", "who", "which", "and", "that"]);

export function impliedAccusations(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number): void {
  for (const m of describedAs.matchAll(tokens, from, to)) {
    const what = tokens[m.first] as Token;
    const last = tokens[m.last] as Token;
    // "what authorities say": a generic speaker is the clause's own subject
    const here = mentionsIn(doc, what.end, last.start)[0];
    const generic = here && GENERIC.has(doc.text.slice(here.start, here.end).toLowerCase());
    const accuser = (!generic && here?.actor) || mainSubject(doc, tokens, sentence, from, m.first);
    if (!accuser) continue;
    const allegation = {
      start: (tokens[m.last + 1] as Token | undefined)?.start ?? last.end,
      end: allegationEnd(tokens, m.last + 1, to),
    };
    // "what she described as post-election resources": a label that names no wrong accuses no one
    if (!namesWrong(tokens, m.last + 1, allegation.end)) continue;
    let accused = byAgent(doc, tokens, m.last + 1, to, accuser);
    if (accused.length === 0) {
      // the punished, after the clause's subject, are the accused: "expel diplomats from Sweden ... for taking part in what ..."
      accused = mentionsIn(doc, sentence.start, what.start)
        .slice(1)
        .map((x) => x.actor)
        .filter((a, i, all) => !sameSide(doc, a, accuser) && all.indexOf(a) === i);
    }
    let open = m.first;
    for (let k = m.first - 1; k >= from && k >= m.first - 8; k--) if (OPENERS.has((tokens[k] as Token).lower)) open = k;
    const evidence = { start: (tokens[open] as Token).start, end: Math.min(allegation.end, last.end + 40) };
    addAccusation(doc, tokens, { accuser, accused, allegation, evidence });
  }

  for (const cue of adjectiveCues.matchAll(tokens, from, to)) {
    const i = cue.first;
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (!prev || prev.punct || NOT_ADJECTIVE.has(prev.lower)) continue;
    let accusedMention = null;
    if (prev.lower === "'s") accusedMention = mentionsIn(doc, sentence.start, prev.start).at(-1) ?? null;
    else if (mentionsIn(doc, sentence.start, t.start).at(-1)?.end === prev.end)
      continue; // "Grenell alleged": a verb
    else accusedMention = mentionsIn(doc, t.end, (tokens[Math.min(i + 6, to - 1)] as Token).end)[0] ?? null;
    if (!accusedMention) continue;
    const accuser = mainSubject(doc, tokens, sentence, from, i);
    if (!accuser || sameSide(doc, accuser, accusedMention.actor)) continue;
    const allegation = { start: t.start, end: allegationEnd(tokens, i, to) };
    // "purported film expert": only an alleged wrong is an accusation
    if (!namesWrong(tokens, i + 1, allegation.end)) continue;
    const start = Math.min(accusedMention.start, t.start);
    const end = Math.min(allegation.end, Math.max(t.end, accusedMention.end) + 50);
    addAccusation(doc, tokens, { accuser, accused: [accusedMention.actor], allegation, evidence: { start, end } });
  }
}

function byAgent(doc: Doc, tokens: Token[], i: number, to: number, accuser: string): string[] {
  for (let k = i; k < to && k < i + 8; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return [];
    if (t.lower === "by") return objectsIn(doc, t.end, (tokens[to - 1] as Token).end, [accuser]);
  }
  return [];
}

/** Some wrong (labelled or not) is named between token `from` and offset `end`. */
function namesWrong(tokens: Token[], from: number, end: number): boolean {
  const to = tokenIndexAt(tokens, end);
  return firstWrong(tokens, from, to) !== null || categoryIn(tokens, from, to) !== undefined;
}
