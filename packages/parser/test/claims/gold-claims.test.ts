import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

interface GoldArticle {
  text: string;
  actors: ActorSpec[];
  claims: { speaker: string; content: string }[];
}

const root = new URL("../../../../", import.meta.url);
const gold: GoldArticle[] = JSON.parse(readFileSync(new URL("./fixtures/gold-claims.json", import.meta.url), "utf8"));

function textOf(path: string): string {
  const raw = readFileSync(new URL(path, root), "utf8");
  return path.endsWith(".json") ? JSON.parse(raw).text : raw;
}

/** Claims F1 as the evaluation scores it: content overlap of 12 characters (or all of it) and the same speaker. */
function score(a: GoldArticle) {
  const text = textOf(a.text);
  const doc = handBuiltDoc(text, a.actors);
  findClaims(doc);
  const used = new Set<number>();
  let tp = 0;
  let matchedAny = 0;
  for (const g of a.claims) {
    const gs = text.indexOf(g.content);
    const ge = gs + g.content.length;
    const need = Math.min(12, g.content.length);
    const i = doc.claims.findIndex(
      (c, k) => !used.has(k) && Math.min(c.content.end, ge) - Math.max(c.content.start, gs) >= need,
    );
    if (i < 0) continue;
    used.add(i);
    matchedAny++;
    if (doc.claims[i]?.speaker === g.speaker) tp++;
  }
  return { tp, matchedAny, predicted: doc.claims.length, gold: a.claims.length };
}

// Gold mentions stand in for the entity stage here, so this measures the claim stage alone.
describe("claims on the gold articles (regression floor)", () => {
  it("finds the seed article's claims with their speakers", () => {
    const s = score(gold[0] as GoldArticle);
    expect(s.tp).toBeGreaterThanOrEqual(14);
    expect(s.predicted).toBeLessThanOrEqual(s.gold + 2);
  });

  it("keeps micro F1 over the dev articles at or above 0.75", () => {
    let tp = 0;
    let predicted = 0;
    let goldN = 0;
    for (const a of gold.slice(1)) {
      const s = score(a);
      tp += s.tp;
      predicted += s.predicted;
      goldN += s.gold;
    }
    const p = tp / predicted;
    const r = tp / goldN;
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.75);
  });
});
