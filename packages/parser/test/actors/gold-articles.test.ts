import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { EVAL, f1, readGold, scoreActors } from "./gold-actors.js";

// The annotated articles in ../shared/eval as regression tests of the actor stage.
function parse(path: string) {
  const { gold, text, isRecord } = readGold(path);
  const result = isRecord ? parseArticle({ kind: "record", record: { text } }) : parseArticle(text);
  return { gold, result, score: scoreActors(gold, result.actors) };
}

describe("actors on the annotated articles", () => {
  it("finds the seed's actors with F1 at least 0.95, kinds and affiliations right", () => {
    const { score } = parse(join(EVAL, "seed-gold.json"));
    expect(f1(score.tp, score.predicted, score.gold), JSON.stringify(score)).toBeGreaterThanOrEqual(0.95);
    expect(score.kindOk / score.matched).toBeGreaterThanOrEqual(0.9);
    expect(score.affOk / score.affN).toBeGreaterThanOrEqual(0.9);
  });

  it("finds the dev set's actors with micro F1 at least 0.85", () => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    let kindOk = 0;
    let matched = 0;
    let affOk = 0;
    let affN = 0;
    const dev = join(EVAL, "dev");
    const files = readdirSync(dev).filter((f) => f.endsWith(".gold.json"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const { score } = parse(join(dev, f));
      tp += score.tp;
      predicted += score.predicted;
      gold += score.gold;
      kindOk += score.kindOk;
      matched += score.matched;
      affOk += score.affOk;
      affN += score.affN;
    }
    expect(f1(tp, predicted, gold)).toBeGreaterThanOrEqual(0.85);
    expect(kindOk / matched).toBeGreaterThanOrEqual(0.9);
    expect(affOk / affN).toBeGreaterThanOrEqual(0.85);
  });

  it("ties every mention to an actor of the doc or to none, with spans inside the text", () => {
    const { result } = parse(join(EVAL, "seed-gold.json"));
    const ids = new Set(result.actors.map((a) => a.id));
    for (const m of result.mentions) {
      expect(m.start).toBeLessThan(m.end);
      expect(m.end).toBeLessThanOrEqual(result.text.length);
      if (m.actor !== null) expect(ids.has(m.actor)).toBe(true);
    }
    for (const a of result.actors) if (a.affiliation) expect(ids.has(a.affiliation)).toBe(true);
  });
});

describe("actors on a long text", () => {
  it("merges the same participants across a text of many repeated stories", () => {
    const { text } = readGold(join(EVAL, "seed-gold.json"));
    const once = parseArticle(text).actors.map((a) => a.id);
    const body = text.slice(text.indexOf("The Russian ambassador"));
    const long = `${text}\n\n${Array(40).fill(body).join("\n\n")}`;
    const many = parseArticle(long).actors.map((a) => a.id);
    expect(new Set(many)).toEqual(new Set(once));
  });
});
