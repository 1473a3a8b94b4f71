import { describe, expect, it } from "vitest";
import { ArticleInputError, parseArticle } from "../src/index.js";
import type { ArticleInput, ParseOptions } from "../src/model.js";

function inputError(input: ArticleInput, options: ParseOptions = { name: "bad.txt" }): ArticleInputError {
  try {
    parseArticle(input, options);
  } catch (error) {
    if (error instanceof ArticleInputError) return error;
    throw error;
  }
  throw new Error("expected an ArticleInputError");
}

describe("unusable input is a typed error naming the input", () => {
  it.each<[string, ArticleInput, ArticleInputError["code"], RegExp]>([
    ["empty text", "", "EMPTY", /^bad\.txt: input is empty/],
    ["white space only", { kind: "text", text: " \n\t\n " }, "EMPTY", /empty/],
    ["NUL bytes", `Some text\u0000\u0000\u0001 more`, "BINARY", /binary/],
    [
      "control-character garbage",
      Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(""),
      "BINARY",
      /binary/,
    ],
    [
      "a page with no article",
      { kind: "html", html: "<html><body><nav><a href='/'>Home</a></nav></body></html>" },
      "NO_ARTICLE",
      /no article text/,
    ],
    ["a record without text", { kind: "record", record: { title: "T" } as never }, "INVALID_RECORD", /"text"/],
    [
      "a record with a bad field",
      { kind: "record", record: { text: "x", url: 5 } as never },
      "INVALID_RECORD",
      /"url"/,
    ],
    ["an empty record text", { kind: "record", record: { text: "" } }, "EMPTY", /record's text is empty/],
  ])("%s", (_label, input, code, message) => {
    const error = inputError(input);
    expect(error.code).toBe(code);
    expect(error.input).toBe("bad.txt");
    expect(error.message).toMatch(message);
  });

  it("refuses a JSON record that is not JSON", () => {
    const error = inputError('{"text": "unterminated', { name: "a.json", format: "record" });
    expect(error.code).toBe("INVALID_JSON");
    expect(error.message).toMatch(/^a\.json: not valid JSON/);
  });

  it("refuses a 20 MB text at once instead of parsing it", () => {
    const huge = "Officials said the talks would resume. ".repeat(520_000);
    expect(huge.length).toBeGreaterThan(20_000_000);
    const started = performance.now();
    const error = inputError(huge);
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toMatch(/million characters/);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("doubtful input gives a best-effort result with messages", () => {
  it("text with no sentence at all", () => {
    const result = parseArticle("--- *** ---");
    expect(result.sentences).toEqual([]);
    expect(result.messages.map((m) => m.ruleId)).toContain("segment:no-sentences");
  });

  it("unbalanced quotation marks", () => {
    const text = "He said “we will never agree. Talks are over.\n\nThe other side disagreed.";
    const result = parseArticle(text);
    expect(result.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "He said “we will never agree.",
      "Talks are over.",
      "The other side disagreed.",
    ]);
    const message = result.messages.find((m) => m.ruleId === "segment:unbalanced-quotes");
    expect(message?.place).toEqual(result.paragraphs[0]);
  });

  it("one endless line without punctuation", () => {
    const text = "word ".repeat(200_000);
    const result = parseArticle(text);
    expect(result.sentences).toHaveLength(1);
  });
});
