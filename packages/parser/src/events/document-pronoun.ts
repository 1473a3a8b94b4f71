import cues from "../../data/accusation-cues.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import type { ActorMention } from "./actor-roles.js";

// "..., the congressional report said. It accused the FDIC of ...": "it" after a sentence whose
// statement a document made stands for that document, which speaks for its author (the claim's
// speaker), not for the first thing the sentence names ("hackers compromised 12 workstations").

const DOCUMENT = new RegExp(`\\b(?:${cues.authoredDocuments.nouns.join("|")})\\b`, "i");

/** The author of a document that speaks in `sentence` (its claim's source names the document), as a mention at the source. */
export function documentSpeakerIn(doc: Doc, sentence: Span): ActorMention | null {
  for (const c of doc.claims) {
    if (!c.speaker || !c.source || c.cue.start < sentence.start || c.cue.start >= sentence.end) continue;
    if (!DOCUMENT.test(doc.text.slice(c.source.start, c.source.end))) continue;
    const kind = actorKind(doc, c.speaker);
    if (!kind || kind === "person") continue;
    return { start: c.source.start, end: c.source.end, kind, actor: c.speaker };
  }
  return null;
}
