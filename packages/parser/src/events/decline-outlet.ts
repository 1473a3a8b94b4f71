import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { mentionsIn } from "./actor-roles.js";
import type { Token } from "./tokens.js";

// "Breitbart News asked several times whether Cruz disavowed Graham, but the campaign refused to
// answer", "The FDIC ... declined to comment." (a Reuters story): a refusal to comment is aimed at
// the reporter who asked. An outlet told asking in the sentence before or the decline's own is that
// asker, whatever it asked about; a bare decline with nothing else to point at is aimed at the
// outlet that publishes the story when the story names it.

const ASKING = new Set(["asked", "asks", "asking", "questioned", "pressed", "contacted", "approached"]);

/** A news outlet told asking, as the subject of an asking verb, since `since` and before token `first`. */
export function outletAsking(doc: Doc, tokens: Token[], first: number, since: number): string | null {
  for (let k = first - 1; k >= 0 && (tokens[k] as Token).start >= since; k--) {
    const t = tokens[k] as Token;
    if (!ASKING.has(t.lower)) continue;
    const sentence = doc.sentences[t.sentence];
    const subject = sentence ? mentionsIn(doc, sentence.start, t.start).at(-1) : undefined;
    // the outlet right before its verb ("Reuters asked", "Breitbart News has asked"), not one further back
    if (!subject || actorKind(doc, subject.actor) !== "media") continue;
    if (/^\s*(?:(?:has|had|have|repeatedly|also|then|several times)\s+)*$/i.test(doc.text.slice(subject.end, t.start)))
      return subject.actor;
  }
  return null;
}

/** The outlet that publishes the story, when the story names it as an actor. */
export function storyOutlet(doc: Doc): string | null {
  const source = doc.meta.source?.trim().toLowerCase();
  if (!source) return null;
  const bare = (s: string) => s.toLowerCase().replace(/^the\s+/, "");
  const found = doc.actors.find(
    (a) => a.kind === "media" && [a.name, ...a.aliases].some((n) => bare(n) === bare(source)),
  );
  return found?.id ?? null;
}

const OWNERS = new Set(["his", "her", "their"]);

/** "did not reply to his interview requests": the cue names its asker by a pronoun of its own. */
export function ownedAsk(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (OWNERS.has((tokens[k] as Token).lower)) return true;
  return false;
}
