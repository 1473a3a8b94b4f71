import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { clauseStart } from "./accusation-doer.js";
import { closelyTied, mentionsIn } from "./actor-roles.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// "'You lied to the voters,' Cruz told McConnell", "Bush tweeted at Trump,
// 'you are a liar'": a statement addressed to an actor that says "you" did
// wrong accuses that actor. The one addressed is the object of a verb of
// telling (accusation-cues.json's 'addressing', which never name a doer) or
// the name after 'at' / 'to' right after the cue ("said to", "tweeted at").

const TELLING = new Set(cues.addressing);
const TOWARDS = new Set(cues.secondPerson.towards);
const YOU = new Set(cues.secondPerson.pronouns);

/** The actor a claim's cue addresses, or null: not the speaker nor one tied to it. */
export function cueAddressee(doc: Doc, tokens: Token[], cue: Span, speaker: string): string | null {
  // the cue's last word: "told", "tweeted"
  let last = tokenIndexAt(tokens, cue.start);
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= cue.end) last++;
  const verb = tokens[last];
  if (!verb) return null;
  const next = tokens[last + 1];
  if (!next) return null;
  const named = TELLING.has(verb.lower) ? next : TOWARDS.has(next.lower) ? tokens[last + 2] : undefined;
  if (!named) return null;
  const m = mentionsIn(doc, named.start, named.end + 80)[0];
  if (!m || m.start !== named.start || closelyTied(doc, m.actor, speaker)) return null;
  return m.actor;
}

/** The wrong at token `wrong` is told of "you": its clause (content from `from`) opens on the pronoun. */
export function toldOfYou(tokens: Token[], from: number, wrong: number): boolean {
  const start = clauseStart(tokens, from, wrong);
  return start < wrong && YOU.has((tokens[start] as Token).lower);
}
