import type { Doc } from "../doc.js";
import type { ParseOptions } from "../model.js";

// Placeholder until this stage lands.
export function extractMetadata(doc: Doc, _options: ParseOptions): void {
  void doc;
}
