import { addMessage, type Doc } from "../doc.js";
import type { ArticleInput, ParseOptions } from "../model.js";
import { checkText } from "./check-text.js";
import { createDoc } from "./create-doc.js";
import { guessFormat } from "./guess-format.js";
import { readHtml } from "./read-html.js";
import { parseRecordJson, readRecord } from "./read-record.js";

/**
 * Turns any accepted input into a Doc: plain text as is, a record's text
 * exactly as given, a page's extracted article text. Throws
 * ArticleInputError, naming the input, when nothing can be parsed.
 */
export function readInput(input: ArticleInput, options: ParseOptions = {}): Doc {
  const name = options.name ?? "input";
  if (typeof input === "string") {
    checkText(name, input, "input");
    const format = options.format ?? guessFormat(input);
    if (format === "html") return fromHtml(name, input, null);
    if (format === "record") return fromRecord(name, parseRecordJson(name, input));
    return createDoc(name, input);
  }
  if (input.kind === "text") {
    checkText(name, input.text);
    return createDoc(name, input.text);
  }
  if (input.kind === "html") {
    checkText(name, input.html, "page");
    return fromHtml(name, input.html, input.url ?? null);
  }
  return fromRecord(name, input.record);
}

function fromRecord(name: string, value: unknown): Doc {
  const { text, meta } = readRecord(name, value);
  checkText(name, text, "the record's text");
  return createDoc(name, text, meta);
}

function fromHtml(name: string, html: string, url: string | null): Doc {
  const article = readHtml(name, html, url);
  checkText(name, article.text, "the page's article text");
  const doc = createDoc(name, article.text, article.meta);
  if (article.fallback) {
    addMessage(doc, "input:no-readable-article", "no main article found on the page; used all its paragraphs");
  }
  return doc;
}
