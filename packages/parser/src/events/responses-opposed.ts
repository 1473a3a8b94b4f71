import lexicon from "../../data/response-types.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { mentionsIn } from "./actor-roles.js";
import { demonymActor } from "./demonyms.js";
import { modalityBefore } from "./modality.js";
import { protesterGroup, protestResponse } from "./protest-response.js";
import { responseCodes } from "./response-lexicon.js";
import { docTokens, sentenceRange, type Token } from "./tokens.js";

// "Hundreds of anti-Trump protesters gathered outside the hotel", "another anti-Trump protest at
// the venue": the name after "anti-" is whom the protest is against, though no verb or "against"
// says so; the place the crowd gathered at, or a name nearer the verb, is not its target.

const OPPOSED = lexicon.opposedProtests;
const PREFIX = OPPOSED.prefix;
const NOUNS = new Set(OPPOSED.nouns);
const PARTICIPANTS = new Set(OPPOSED.participants);
const MARKS = new Set(OPPOSED.marks);
const SKIP_KINDS = new Set<string>(OPPOSED.skipKinds);
const FIGHTS = new Set(OPPOSED.fights);

/** The one actor the name (or demonym) after "anti-" stands for in this story, else null. */
function opposedActor(doc: Doc, word: string): string | null {
  // only a name: "anti-government", "anti-war" name no party of the story here
  if (!/^[A-Z]/.test(word)) return null;
  const byDemonym = demonymActor(doc, word);
  if (byDemonym) return byDemonym;
  const fits = doc.actors.filter(
    (a) => !SKIP_KINDS.has(a.kind) && (a.name.split(/\s+/).includes(word) || a.aliases.includes(word)),
  );
  return fits.length === 1 ? (fits[0]?.id ?? null) : null;
}

/** Aims the story's protests at the party an "anti-X" protest word names, or tells the protest it names. */
export function findOpposedProtests(doc: Doc): void {
  if (!responseCodes.has("protest")) return;
  const tokens = docTokens(doc);
  doc.sentences.forEach((sentence, s) => {
    const [first, end] = sentenceRange(tokens, s);
    // the rest is a function of its own: its closures capture the words read at a token, and
    // variables closures capture in a loop's body cost an allocation at every token
    for (let k = first; k + 1 < end; k++)
      if ((tokens[k] as Token).lower.startsWith(PREFIX)) opposedProtestAt(doc, tokens, sentence, first, end, k);
  });
}

/** The protest the "anti-" word at token k of a sentence (tokens [first, end)) names, told or aimed. */
function opposedProtestAt(doc: Doc, tokens: Token[], sentence: Span, first: number, end: number, k: number): void {
  const word = tokens[k] as Token;
  const name = doc.text.slice(word.start + PREFIX.length, word.end);
  // the protest word right after ("anti-Trump protesters") or after one more ("anti-Trump student rally")
  const head = [k + 1, k + 2].find(
    (j) => j < end && (NOUNS.has(tokens[j]?.lower ?? "") || MARKS.has(tokens[j]?.lower ?? "")),
  );
  if (head === undefined) return;
  const target = opposedActor(doc, name);
  if (!target) return;
  const noun = tokens[head] as Token;
  const crowd = PARTICIPANTS.has(noun.lower)
    ? (mentionsIn(doc, sentence.start, sentence.end, true).find(
        (m) => m.start <= noun.start && noun.end <= m.end && m.actor !== target,
      )?.actor ?? protesterGroup(doc, PARTICIPANTS))
    : null;
  // a protest the sentence tells already (by its verb): its target is the one opposed
  const told = doc.responses.filter(
    (r) => r.type === "protest" && r.evidence.start >= sentence.start && r.evidence.start < sentence.end,
  );
  // "anti-Trump protesters clashed with police": a fight is aimed at the side fought
  const fought = told.some((r) =>
    tokens.slice(first, end).some((t) => r.evidence.start <= t.start && t.end <= r.evidence.end && FIGHTS.has(t.lower)),
  );
  if (fought) return;
  if (told.length) {
    for (const r of told) {
      if (crowd && r.actor !== crowd && actorKind(doc, r.actor) === "group") r.actor = crowd;
      if (r.actor !== target) r.targets = [target];
    }
    return;
  }
  if (!NOUNS.has(noun.lower)) return;
  const actor = crowd ?? protesterGroup(doc, PARTICIPANTS);
  if (!actor || actor === target) return;
  const evidence = { start: word.start, end: noun.end };
  const response = protestResponse(actor, target, evidence, modalityBefore(tokens, k, first, "protest"));
  if (!response) return;
  doc.responses.push(response);
}
