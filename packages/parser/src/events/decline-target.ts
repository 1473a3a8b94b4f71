import lexicon from "../../data/response-types.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Response } from "../model.js";
import { type ActorMention, actorMentions, closelyTied, mentionsIn } from "./actor-roles.js";
import { outletAsking, ownedAsk, storyOutlet } from "./decline-outlet.js";
import type { Token } from "./tokens.js";

// "Spokesmen at the FBI would not discuss the investigation", "Clinton's attorney, David Kendall,
// declined to comment": a decline is aimed at the one whose matter the comment would concern (the one
// investigated, the client), not at the state or body named last before it, which the generic guess
// picks ("the United States").

const TOPIC_OPENERS: ReadonlySet<string> = new Set(lexicon.declineTargets.topicOpeners);
const TOPIC_WORDS = lexicon.declineTargets.topicWords;
const TOPICS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(lexicon.declineTargets.topics));
const REPRESENTATIVES = lexicon.declineTargets.representatives.join("|");
// "Kendall, a spokesman for Clinton," / "Clinton's attorney, Kendall," / "McConnell spokesman Don Stewart"
const SPEAKS_FOR_AFTER = new RegExp(
  `^\\s*,\\s*(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${REPRESENTATIVES})\\s+(?:for|to)\\s`,
  "iu",
);
const SPEAKS_FOR_BEFORE = new RegExp(`^(?:['’]s?)?\\s+(?:[\\p{L}-]+\\s+)?(?:${REPRESENTATIVES})\\s*,?\\s*$`, "iu");
// sentences back (besides its own) where the one who asked or acted on the decliner may be told
const ACTED_BACK = 1;
const ASKING = new Set(["asked", "asks", "asking", "questioned", "pressed", "pushed"]);
// a clause that ends the topic phrase ("declined to comment, saying", "but added")
const TOPIC_BREAKS = new Set(["but", "and", "saying", "because", "citing", "although", "though", "while"]);

/** The targets of a decline to comment whose actor is `actor`; `told` is the doer of an act its phrase names. */
export function declineTargets(
  doc: Doc,
  tokens: Token[],
  first: number,
  last: number,
  to: number,
  actor: string,
  actorMention: ActorMention | null,
  told: () => string[],
): string[] {
  const own = (id: string) => closelyTied(doc, id, actor);
  const head = tokens[first] as Token;
  // "did not respond to USA TODAY's request", "has not replied to his interview requests": the one who asked
  // (an outlet or a person asks; a state read into "USA TODAY" does not)
  const asker = mentionsIn(doc, head.end, (tokens[last] as Token).start).find(
    (x) => !own(x.actor) && actorKind(doc, x.actor) !== "country",
  );
  if (asker) return [asker.actor];
  const [start, end] = topicPhrase(tokens, last, to);
  if (end > start) {
    // ("the investigation" read as an alias of the bureau that leads it names no one)
    const named = mentionsIn(doc, start, end).find((x) => !own(x.actor) && !topicNoun(doc, x));
    if (named) return [named.actor];
  }
  // "would not discuss the investigation": the one investigated, not the investigator
  const aimed = end > start ? topicTarget(doc, tokens, last, to, head.start, own) : null;
  if (aimed) return [aimed];
  // "declined to comment on the decision to recall the ambassador": the one who recalled
  const acted = told();
  if (acted.length) return acted;
  const since = doc.sentences[Math.max(0, head.sentence - ACTED_BACK)]?.start ?? 0;
  // "Breitbart News asked several times whether ..., but the campaign refused to answer": the outlet that asked
  const outlet = outletAsking(doc, tokens, first, since);
  if (outlet && !own(outlet)) return [outlet];
  // (the actor stage often ties the one spoken for to the decliner as its affiliation: it is no own side here)
  const client = (actorMention ? spokenFor(doc, actorMention, head.start) : null) ?? personServed(doc, actor);
  if (client && client !== actor) return [client];
  // "Marcus asked Mook if ... Mook refused to speculate", "Trump attacked Curiel ... Curiel declined to
  // comment": the one who just asked, accused or acted on the decliner
  const answered = askerBefore(doc, tokens, first, since, actor, own) ?? actedOnBy(doc, since, head.start, own);
  if (answered) return [answered];
  // "The FDIC ... declined to comment." in a Reuters story: the outlet that asked for the comment
  // (not "has not replied to his interview requests": the one the pronoun names asked)
  const publisher = ownedAsk(tokens, first, last) ? null : storyOutlet(doc);
  if (publisher && !own(publisher)) return [publisher];
  const focus = storyFocus(doc, own);
  return focus ? [focus] : [];
}

function topicNoun(doc: Doc, m: ActorMention): boolean {
  return TOPICS.has(doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/).at(-1) ?? "");
}

/** [start, end) offsets of the words after the cue that tell what is not commented on. */
function topicPhrase(tokens: Token[], last: number, to: number): [number, number] {
  const first = last + 1;
  let k = first;
  while (k < to && k < first + TOPIC_WORDS) {
    const t = tokens[k] as Token;
    if (t.punct || TOPIC_BREAKS.has(t.lower)) break;
    k++;
  }
  if (k === first) return [0, 0];
  return [(tokens[first] as Token).start, (tokens[k - 1] as Token).end];
}

/** "would not discuss the investigation": the first target of the latest act of the kind the topic noun names. */
function topicTarget(
  doc: Doc,
  tokens: Token[],
  last: number,
  to: number,
  pos: number,
  own: (id: string) => boolean,
): string | null {
  for (let k = last + 1; k < to && k <= last + TOPIC_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.punct) break;
    // "comment on the case" and "discuss the investigation" alike; the opener itself is no topic
    if (TOPIC_OPENERS.has(t.lower)) continue;
    const types = TOPICS.get(t.lower);
    if (!types) continue;
    for (let i = doc.responses.length - 1; i >= 0; i--) {
      const r = doc.responses[i] as Response;
      const target = r.targets[0];
      if (r.evidence.start < pos && types.includes(r.type) && target && !own(target)) return target;
    }
    return null;
  }
  return null;
}

/** The one the decliner speaks for: "X's attorney, Y", "Y, a spokeswoman for X,", "X spokesman Y". */
function spokenFor(doc: Doc, m: ActorMention, cueStart: number): string | null {
  const sentence = doc.sentences.find((s) => s.start <= m.start && m.start < s.end);
  if (!sentence) return null;
  const after = doc.text.slice(m.end, cueStart);
  const tail = SPEAKS_FOR_AFTER.exec(after);
  if (tail) return mentionsIn(doc, m.end + tail[0].length - 1, cueStart)[0]?.actor ?? null;
  const before = mentionsIn(doc, sentence.start, m.start).at(-1);
  if (before && SPEAKS_FOR_BEFORE.test(doc.text.slice(before.end, m.start))) return before.actor;
  return null;
}

/** The person the decliner is affiliated with (a lawyer's client, a spokeswoman's candidate). */
function personServed(doc: Doc, actor: string): string | null {
  const affiliation = doc.actors.find((a) => a.id === actor)?.affiliation;
  return affiliation && actorKind(doc, affiliation) === "person" ? affiliation : null;
}

/** The actor the story names most that `own` does not tie to the decliner: persons, bodies and groups before states. */
function storyFocus(doc: Doc, own: (id: string) => boolean): string | null {
  const kinds = new Map(doc.actors.map((a) => [a.id, a.kind]));
  const counts = new Map<string, number>();
  for (const x of actorMentions(doc)) {
    if (x.demonym || kinds.get(x.actor) === "media") continue;
    counts.set(x.actor, (counts.get(x.actor) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestRank = -1;
  for (const [id, n] of counts) {
    if (own(id)) continue;
    const rank = n * 2 + (kinds.get(id) === "country" ? 0 : 1) * 1000;
    if (rank > bestRank) {
      best = id;
      bestRank = rank;
    }
  }
  return best;
}

/** "Marcus asked Mook if ...": the subject of an asking verb whose object is the decliner, since `since`. */
function askerBefore(
  doc: Doc,
  tokens: Token[],
  first: number,
  since: number,
  actor: string,
  own: (id: string) => boolean,
): string | null {
  for (let k = first - 1; k >= 0 && (tokens[k] as Token).start >= since; k--) {
    const t = tokens[k] as Token;
    if (!ASKING.has(t.lower)) continue;
    const asked = mentionsIn(doc, t.end, (tokens[Math.min(k + 4, first)] as Token).start)[0];
    if (!asked || !closelyTied(doc, asked.actor, actor)) continue;
    const sentence = doc.sentences[t.sentence];
    const subject = sentence ? mentionsIn(doc, sentence.start, t.start).at(-1) : undefined;
    if (subject && !own(subject.actor)) return subject.actor;
  }
  return null;
}

/** The latest doer of a response, or maker of an accusation, told on the decliner in [since, before). */
function actedOnBy(doc: Doc, since: number, before: number, own: (id: string) => boolean): string | null {
  let best: string | null = null;
  let at = -1;
  const consider = (start: number, doer: string, done: readonly string[]) => {
    if (start >= since && start < before && start > at && done.some(own) && !own(doer)) {
      best = doer;
      at = start;
    }
  };
  for (const r of doc.responses) consider(r.evidence.start, r.actor, r.targets);
  for (const x of doc.accusations) consider(x.evidence.start, x.accuser, x.accused);
  return best;
}
