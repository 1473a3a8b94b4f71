import { ArticleInputError } from "../errors.js";

/**
 * Largest input accepted, in UTF-16 code units. Far above any news article
 * (the longest in the corpus is under 40 kB), low enough that a runaway file
 * is refused at once instead of being parsed for minutes.
 */
export const MAX_INPUT_CHARS = 5_000_000;

/** Refuses input that no stage could use: empty, binary, or far too large. */
export function checkText(name: string, text: string, what = "text"): void {
  if (text.length > MAX_INPUT_CHARS) {
    const mb = (text.length / 1_000_000).toFixed(1);
    throw new ArticleInputError(
      name,
      "TOO_LARGE",
      `${what} is ${mb} million characters; the limit is ${MAX_INPUT_CHARS / 1_000_000} million (is this one article?)`,
    );
  }
  if (!/\S/.test(text)) throw new ArticleInputError(name, "EMPTY", `${what} is empty`);
  if (looksBinary(text)) throw new ArticleInputError(name, "BINARY", `${what} looks like binary data, not text`);
}

/** NUL bytes, or many control or undecodable characters in the first 64 kB. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  if (sample.includes("\u0000")) return true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
  const odd = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  return odd > 8 && odd / sample.length > 0.02;
}
