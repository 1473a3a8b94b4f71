import type { Doc } from "../doc.js";

// Placeholder until this stage lands.
export function findMentions(doc: Doc): void {
  void doc;
}
