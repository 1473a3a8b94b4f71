/** Guesses what a string holds: a web page, a JSON record, or plain text. */
export function guessFormat(input: string): "text" | "html" | "record" {
  const head = input.slice(0, 2000).trimStart();
  if (head.startsWith("{") && input.trimEnd().endsWith("}")) {
    try {
      const value: unknown = JSON.parse(input);
      if (value && typeof value === "object" && !Array.isArray(value)) return "record";
    } catch {
      // Not JSON after all: prose that happens to start with a brace.
    }
  }
  if (/^(?:<!doctype html|<html|<\?xml|<head|<body|<!--)/i.test(head)) return "html";
  if (head.startsWith("<") && /<(?:p|div|article|body|main|h1|meta|title)\b[^>]*>/i.test(head)) return "html";
  return "text";
}
