import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";

// '"If he has killed reporters, I think that's terrible. ... He's always denied
// it," Mr. Trump said' after "no direct evidence of Mr. Putin's involvement": in
// a quote, a "he" or "she" that was resolved to the quote's own speaker stands
// for another person, the person named last before it (in the quote or the
// sentences just before it) who is not the speaker.

/** How far before the pronoun the person it stands for may be named. */
const REACH = 400;

export function quotedThirdPerson(doc: Doc, pronoun: ActorMention): ActorMention | null {
  const speaker = pronoun.actor;
  const before = mentionsIn(doc, Math.max(0, pronoun.start - REACH), pronoun.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i] as ActorMention;
    // "If he has killed reporters": the people and bodies named on the way are not who "he" is
    if (m.actor === speaker || m.demonym || actorKind(doc, m.actor) !== "person") continue;
    return { ...pronoun, actor: m.actor };
  }
  return null;
}
