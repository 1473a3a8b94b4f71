import type { Doc } from "../doc.js";

// Placeholder until this stage lands.
export function buildActors(doc: Doc): void {
  void doc;
}
