import { findClaims } from "../../src/claims/find-claims.js";
import type { Doc } from "../../src/doc.js";
import { createDoc } from "../../src/input/create-doc.js";
import type { Actor, ActorKind, Mention } from "../../src/model.js";

export interface ActorSpec {
  id: string;
  kind: ActorKind;
  names: string[];
}

/**
 * A Doc as the earlier stages would leave it, built by hand: every
 * occurrence of an actor's name (longest names first, whole words only)
 * becomes a mention of that actor. Segmentation is left empty so the claim
 * finder's own fallback is exercised unless `sentences` are given.
 */
export function handBuiltDoc(text: string, actors: ActorSpec[] = []): Doc {
  const names = actors.flatMap((a) => a.names.map((n) => ({ n, a }))).sort((x, y) => y.n.length - x.n.length);
  const taken = new Uint8Array(text.length);
  const mentions: Mention[] = [];
  for (const { n, a } of names) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
      const end = i + n.length;
      const before = text[i - 1] ?? " ";
      const after = text[end] ?? " ";
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      if (taken.subarray(i, end).some((x) => x === 1)) continue;
      taken.fill(1, i, end);
      mentions.push({ start: i, end, kind: a.kind, actor: a.id });
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  const actorList: Actor[] = actors.map((a) => ({
    id: a.id,
    name: a.names[0] ?? a.id,
    kind: a.kind,
    aliases: a.names,
    affiliation: null,
    title: null,
    code: null,
  }));
  return { ...createDoc("test", text), mentions, actors: actorList };
}

/** The claims found in `text` among `actors`, each as its speaker and the words of its cue and content. */
export function claimsAmong(text: string, actors: ActorSpec[]) {
  const doc = handBuiltDoc(text, actors);
  findClaims(doc);
  return doc.claims.map((c) => ({
    speaker: c.speaker,
    cue: text.slice(c.cue.start, c.cue.end),
    content: text.slice(c.content.start, c.content.end),
  }));
}
