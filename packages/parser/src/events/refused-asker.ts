import type { Doc } from "../doc.js";
import type { Response } from "../model.js";
import { closelyTied } from "./actor-roles.js";
import type { Token } from "./tokens.js";

// "The committee authorized subpoenas for documents ... Barr and Ross refused
// to hand over the documents": a refusal that names no one answers whoever
// just asked for the very thing refused (a demand or a legal paper whose
// sentence names the refused act's object).

const SKIP = new Set([
  "over",
  "up",
  "out",
  "in",
  "back",
  "the",
  "its",
  "their",
  "his",
  "her",
  "any",
  "all",
  "those",
  "these",
]);
const ASKING_TYPES = new Set(["demand", "legal_action"]);

/** The object noun of the act refused right after the cue's "to" ("to hand over the documents": "documents"). */
function refusedObject(tokens: Token[], last: number, to: number): string | null {
  if (tokens[last]?.lower !== "to") return null;
  for (let k = last + 2; k < to && k <= last + 5; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return null;
    if (!SKIP.has(t.lower)) return t.lower.length > 3 ? t.lower : null;
  }
  return null;
}

/** The actor of the latest demand or legal act since `since` whose sentence names the refused object; else none. */
export function refusedAsker(
  doc: Doc,
  tokens: Token[],
  last: number,
  to: number,
  since: number,
  actor: string,
): string[] {
  const object = refusedObject(tokens, last, to);
  if (!object) return [];
  const stem = object.endsWith("s") ? object.slice(0, -1) : object;
  const here = (tokens[last] as Token).start;
  for (let k = doc.responses.length - 1; k >= 0; k--) {
    const r = doc.responses[k] as Response;
    if (r.evidence.start < since) break;
    if (r.evidence.start >= here || !ASKING_TYPES.has(r.type) || closelyTied(doc, r.actor, actor)) continue;
    const sentence = doc.sentences.find((s) => s.start <= r.evidence.start && r.evidence.start < s.end);
    if (!sentence) continue;
    const words =
      doc.text
        .slice(sentence.start, sentence.end)
        .toLowerCase()
        .match(/[a-z]+/g) ?? [];
    if (words.some((w) => w === object || w === stem || w === `${stem}s`)) return [r.actor];
  }
  return [];
}
