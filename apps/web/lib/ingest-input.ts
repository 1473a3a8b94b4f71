// Turns what the analyst pastes or drops into the documents to preview and store.

export type DocumentFormat = "text" | "html" | "record";

export interface IngestDocument {
  /** File name (with the line for JSONL), or "pasted text". */
  name: string;
  format: DocumentFormat;
  /** The text, the page, or one record as JSON. */
  content: string;
}

export interface SplitResult {
  documents: IngestDocument[];
  errors: { name: string; message: string }[];
}

export const ACCEPTED_FILES = ".txt,.text,.md,.html,.htm,.json,.jsonl,.ndjson";

export type InputFormat = DocumentFormat | "auto" | "jsonl";

export function formatOfFile(fileName: string): InputFormat {
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "json") return "record";
  if (ext === "jsonl" || ext === "ndjson") return "jsonl";
  if (ext === "txt" || ext === "text" || ext === "md") return "text";
  return "auto";
}

function guess(content: string): DocumentFormat | "jsonl" {
  const head = content.trimStart();
  if (head.startsWith("{") || head.startsWith("[")) {
    const lines = head.split("\n").filter((line) => line.trim());
    if (lines.length > 1 && lines.every((line) => line.trim().startsWith("{") && line.trim().endsWith("}"))) {
      return "jsonl";
    }
    return "record";
  }
  if (/^<(!doctype|html|head|body|article|div|p)\b/i.test(head)) return "html";
  return "text";
}

function records(name: string, value: unknown, result: SplitResult): void {
  const list = Array.isArray(value) ? value : [value];
  list.forEach((record, index) => {
    const label = list.length > 1 ? `${name} #${index + 1}` : name;
    if (record && typeof record === "object" && typeof (record as { text?: unknown }).text === "string") {
      result.documents.push({ name: label, format: "record", content: JSON.stringify(record) });
    } else {
      result.errors.push({ name: label, message: 'a record needs a "text" string' });
    }
  });
}

export function splitInput(name: string, content: string, format: InputFormat): SplitResult {
  const result: SplitResult = { documents: [], errors: [] };
  if (!content.trim()) {
    result.errors.push({ name, message: "there is no text" });
    return result;
  }
  const chosen = format === "auto" ? guess(content) : format;
  if (chosen === "jsonl") {
    content.split(/\r?\n/).forEach((line, index) => {
      if (!line.trim()) return;
      const label = `${name} line ${index + 1}`;
      try {
        records(label, JSON.parse(line), result);
      } catch {
        result.errors.push({ name: label, message: "not valid JSON" });
      }
    });
  } else if (chosen === "record") {
    try {
      records(name, JSON.parse(content), result);
    } catch {
      result.errors.push({ name, message: "not valid JSON (a record, or an array of records)" });
    }
  } else {
    result.documents.push({ name, format: chosen, content });
  }
  return result;
}
