import type { Doc } from "../doc.js";

// Placeholder until this stage lands.
export function findDenials(doc: Doc): void {
  void doc;
}
