import { describe, expect, it } from "vitest";
import {
  addScore,
  conllShape,
  f1,
  type NerGold,
  parseAsArticle,
  readNerGold,
  type Score,
  scoreMentions,
} from "./ner-eval.js";

// The hand-made NER gold (ner-gold/*.json): Wikinews articles and CoNLL-2003-style
// lines annotated with PER / ORG / LOC spans, scored by exact span and type.
const golds = readNerGold();
const zero = (): Score => ({
  PER: { tp: 0, fp: 0, fn: 0 },
  ORG: { tp: 0, fp: 0, fn: 0 },
  LOC: { tp: 0, fp: 0, fn: 0 },
  ALL: { tp: 0, fp: 0, fn: 0 },
});
function scoreAll(shape: (g: NerGold) => NerGold): Score {
  const total = zero();
  for (const g0 of golds) {
    const g = shape(g0);
    const r = parseAsArticle(g);
    expect(r.text).toBe(g.text);
    addScore(total, scoreMentions(g.entities, r.mentions, r.text));
  }
  return total;
}

describe("the NER gold", () => {
  it("holds articles whose every span slices its text", () => {
    expect(golds.length).toBeGreaterThanOrEqual(8);
    for (const g of golds) {
      for (const e of g.entities) expect(g.text.slice(e.start, e.end)).toBe(e.text);
      for (const e of g.titleEntities) expect(g.title?.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("keeps every span on its words when reshaped like a CoNLL file", () => {
    for (const g of golds) {
      const c = conllShape(g);
      const norm = (s: string) => s.replace(/’/g, "'").replace(/\s+/g, "").toUpperCase();
      // the dateline's city follows the headline's names
      const spans = c.entities.filter((_, i) => !g.dateline || i !== g.titleEntities.length);
      const want = [...g.titleEntities, ...g.entities].map((e) => norm(e.text));
      expect(spans.map((e) => norm(e.text))).toEqual(want);
      expect(c.text.split("\n").length).toBeGreaterThan(g.entities.length ? 2 : 0);
    }
  });

  it("finds names in articles as written with exact spans", () => {
    const s = scoreAll((g) => g);
    expect(f1(s.ALL), JSON.stringify(s)).toBeGreaterThanOrEqual(0.78);
  });

  it("finds names in CoNLL-shaped text: spaced punctuation, capitals headlines, datelines", () => {
    const s = scoreAll(conllShape);
    expect(f1(s.ALL), JSON.stringify(s)).toBeGreaterThanOrEqual(0.78);
  });
});
