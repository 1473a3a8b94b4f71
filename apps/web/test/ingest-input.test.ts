import { describe, expect, it } from "vitest";
import { formatOfFile, splitInput } from "@/lib/ingest-input";

describe("formatOfFile", () => {
  it.each([
    ["story.TXT", "text"],
    ["page.htm", "html"],
    ["record.json", "record"],
    ["feed.jsonl", "jsonl"],
    ["noext", "auto"],
  ])("%s → %s", (name, format) => {
    expect(formatOfFile(name)).toBe(format);
  });
});

describe("splitInput", () => {
  it("keeps pasted text and HTML as one document, guessing the format", () => {
    expect(splitInput("pasted", "Headline\n\nBody.", "auto").documents).toEqual([
      { name: "pasted", format: "text", content: "Headline\n\nBody." },
    ]);
    expect(splitInput("pasted", "  <html><body><p>x</p></body></html>", "auto").documents[0]?.format).toBe("html");
  });

  it("splits JSON arrays and JSON lines into records and names each bad one", () => {
    const array = splitInput("a.json", JSON.stringify([{ text: "one" }, { title: "no text" }]), "record");
    expect(array.documents.map((d) => [d.name, JSON.parse(d.content).text])).toEqual([["a.json #1", "one"]]);
    expect(array.errors).toEqual([{ name: "a.json #2", message: 'a record needs a "text" string' }]);
    const lines = splitInput("b.jsonl", '{"text":"one"}\n\n{oops\n{"text":"three"}\n', "jsonl");
    expect(lines.documents.map((d) => d.name)).toEqual(["b.jsonl line 1", "b.jsonl line 4"]);
    expect(lines.errors).toEqual([{ name: "b.jsonl line 3", message: "not valid JSON" }]);
  });

  it("says so when there is nothing, or the JSON is broken", () => {
    expect(splitInput("x", "   ", "auto")).toEqual({
      documents: [],
      errors: [{ name: "x", message: "there is no text" }],
    });
    expect(splitInput("x.json", "{", "record").errors[0]?.message).toMatch(/not valid JSON/);
  });
});
