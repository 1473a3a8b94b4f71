import cues from "../../data/accusation-cues.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Claim } from "../model.js";
import { addAccusation } from "./accusation-builder.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// "Johnson's critics say this is a ploy", "According to critics of the mayor,
// ...": a speaker named by whom it criticises accuses that one, whatever the
// words of its statement (see accusation-cues.json's 'criticsSpeakers').

const CRITICS = new Set(cues.criticsSpeakers.nouns);
/** "'s fiercest ", " many ": what may stand between an owner and its critics. */
const OWNED_GAP = /^['’]s?(?:\s+[\p{L}-]+){0,2}\s+$/u;
const PLAIN_GAP = /^\s+$/u;
/** " of ", " of the ": what may stand between the critics and the one they criticise. */
const OF_GAP = /^\s+of\s+(?:the\s+)?$/u;
const OWNED_NAME = /^(.+?)['’]s (?:[\p{L}-]+ )?(\S+)$/u;

/** Each claim whose speaker is someone's critics accuses that someone; the evidence is the claim's first sentence. */
export function criticsAccusations(doc: Doc, tokens: Token[]): void {
  for (const c of doc.claims) {
    if (!c.speaker) continue;
    const target = criticisedInSource(doc, tokens, c) ?? criticisedByName(doc, c.speaker);
    if (!target || target === c.speaker) continue;
    const start = Math.min(c.source?.start ?? c.cue.start, c.cue.start, c.content.start);
    const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
    const end = Math.min(Math.max(c.content.end, c.cue.end), sentence?.end ?? Number.POSITIVE_INFINITY);
    addAccusation(doc, tokens, {
      accuser: c.speaker,
      accused: [target],
      allegation: c.content,
      evidence: { start, end },
    });
  }
}

/** The one the claim's source names as criticised: "X's critics", "his critics", "Becker critics", "critics of X". */
function criticisedInSource(doc: Doc, tokens: Token[], c: Claim): string | null {
  if (!c.source) return null;
  for (let k = tokenIndexAt(tokens, c.source.start); k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.start >= c.source.end) return null;
    if (!CRITICS.has(t.lower)) continue;
    return ownerBefore(doc, c.source.start, t.start) ?? nameAfter(doc, t.end, c.source.end);
  }
  return null;
}

function ownerBefore(doc: Doc, from: number, at: number): string | null {
  // nested: a possessive pronoun the actor stage resolved ("his critics") lies inside no name
  const before = mentionsIn(doc, from, at, true);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i] as ActorMention;
    const gap = doc.text.slice(m.end, at);
    if (OWNED_GAP.test(gap)) return m.actor;
    // "Becker critics", not "Republican critics" nor "Russian critics" (critics who are Republicans or Russians)
    if (PLAIN_GAP.test(gap) && !m.demonym && actorKind(doc, m.actor) === "person") return m.actor;
    if (gap.length > 30) return null;
  }
  return null;
}

function nameAfter(doc: Doc, at: number, end: number): string | null {
  const m = mentionsIn(doc, at, end)[0];
  return m && OF_GAP.test(doc.text.slice(at, m.start)) ? m.actor : null;
}

/** "Critics from across the spectrum" that the actor stage took for the actor named "Johnson's critics": Johnson. */
function criticisedByName(doc: Doc, speaker: string): string | null {
  const actor = doc.actors.find((a) => a.id === speaker);
  if (!actor) return null;
  for (const name of [actor.name, ...actor.aliases]) {
    const owned = OWNED_NAME.exec(name);
    if (!owned || !CRITICS.has((owned[2] as string).toLowerCase())) continue;
    const owner = (owned[1] as string).toLowerCase();
    const found = doc.actors.filter(
      (a) => a.id !== speaker && [a.name, ...a.aliases].some((n) => n.toLowerCase() === owner),
    );
    if (found.length === 1) return (found[0] as (typeof found)[number]).id;
  }
  return null;
}
