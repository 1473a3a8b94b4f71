import type { Doc } from "../doc.js";

// Placeholder until this stage lands.
export function resolveDates(doc: Doc): void {
  void doc;
}
