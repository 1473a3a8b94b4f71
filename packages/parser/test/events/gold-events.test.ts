import { describe, expect, it } from "vitest";
import { f1, GOLD, micro, scoreGold } from "./gold-harness.js";

// Regression floors, scored by the evaluation's own scorer. With the gold
// actors standing in for the entity stage the floors measure these stages
// alone; over the whole pipeline they guard the product as shipped.

describe("accusations, denials and responses on the gold articles", () => {
  it("keep their seed scores with the gold actors", () => {
    const s = scoreGold(GOLD[0] as string, "gold-actors");
    expect(f1(s.accusations)).toBeGreaterThanOrEqual(0.95);
    expect(f1(s.denials)).toBeGreaterThanOrEqual(0.95);
    expect(f1(s.responses)).toBeGreaterThanOrEqual(0.95);
  });

  it("keep their dev micro F1 with the gold actors", () => {
    const all = GOLD.slice(1).map((g) => scoreGold(g, "gold-actors"));
    expect(micro(all, "accusations")).toBeGreaterThanOrEqual(0.8);
    expect(micro(all, "denials")).toBeGreaterThanOrEqual(0.9);
    expect(micro(all, "responses")).toBeGreaterThanOrEqual(0.85);
  });

  it("keep their scores over the whole pipeline", () => {
    const seed = scoreGold(GOLD[0] as string, "pipeline");
    expect(f1(seed.accusations)).toBeGreaterThanOrEqual(0.9);
    expect(f1(seed.denials)).toBeGreaterThanOrEqual(0.9);
    expect(f1(seed.responses)).toBeGreaterThanOrEqual(0.9);
    const dev = GOLD.slice(1).map((g) => scoreGold(g, "pipeline"));
    expect(micro(dev, "accusations")).toBeGreaterThanOrEqual(0.5);
    expect(micro(dev, "responses")).toBeGreaterThanOrEqual(0.6);
  });
});
