import type { Doc } from "../src/doc.js";
import { createDoc } from "../src/input/create-doc.js";

/** A fresh Doc over `text`, as the input stage would hand it on. */
export function docOf(text: string): Doc {
  return createDoc("test", text);
}
