import type { Doc } from "../doc.js";

// Placeholder until this stage lands.
export function findResponses(doc: Doc): void {
  void doc;
}
