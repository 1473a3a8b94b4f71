import type { Doc } from "../doc.js";

// Placeholder until this stage lands.
export function findClaims(doc: Doc): void {
  void doc;
}
