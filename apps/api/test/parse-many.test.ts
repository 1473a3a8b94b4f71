import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ArticleInput } from "@newsgraph/parser";
import { describe, expect, it } from "vitest";
import { parseAndPlan, parseAndPlanMany } from "../src/ingest/parse-input.js";

// Ingest parses a batch at a time through the parser's parseArticles (stage by stage); every
// article must plan exactly as it does alone, failures included, across the 32-article chunks.
describe("parsing and planning many articles at once", () => {
  const wikinews = resolve(import.meta.dirname, "../../../seeds/wikinews");
  const records = readdirSync(wikinews)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .slice(0, 36)
    .map((f) => ({
      name: f,
      input: { kind: "record", record: JSON.parse(readFileSync(join(wikinews, f), "utf8")) } as ArticleInput,
    }));
  const items = [
    { name: "empty.txt", input: "   " as ArticleInput },
    ...records.slice(0, 20),
    { name: "pasted.txt", input: "The minister said on Friday that talks with the union had failed." as ArticleInput },
    { name: "binary.txt", input: "\u0000\u0001\u0002 garbage \u0000" as ArticleInput },
    ...records.slice(20),
  ];

  it("gives each article the plan, or the reason, it gets alone", () => {
    const many = parseAndPlanMany(items, "2021-03-17");
    expect(many).toHaveLength(items.length);
    expect(many.filter((p) => !p.ok).length).toBeGreaterThanOrEqual(1);
    expect(many.filter((p) => p.ok).length).toBeGreaterThanOrEqual(records.length);
    items.forEach((item, i) => {
      expect([item.name, many[i]]).toEqual([item.name, parseAndPlan(item.input, item.name, "2021-03-17")]);
    });
  });
});
