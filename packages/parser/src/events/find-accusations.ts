import type { Doc } from "../doc.js";

// Placeholder until this stage lands.
export function findAccusations(doc: Doc): void {
  void doc;
}
