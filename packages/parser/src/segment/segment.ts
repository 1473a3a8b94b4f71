import type { Doc } from "../doc.js";

// Placeholder until this stage lands.
export function segment(doc: Doc): void {
  void doc;
}
