import type { Doc } from "../doc.js";

// Placeholder until this stage lands.
export function linkItems(doc: Doc): void {
  void doc;
}
