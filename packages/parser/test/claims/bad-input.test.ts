import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { growthRatio } from "../linear-growth.js";
import { handBuiltDoc } from "./hand-built-doc.js";

const PSAKI = [{ id: "psaki", kind: "person" as const, names: ["Jen Psaki", "Psaki"] }];

function run(text: string) {
  const doc = handBuiltDoc(text, PSAKI);
  findClaims(doc);
  return doc;
}

describe("findClaims on bad input", () => {
  it("reports an unbalanced quote and keeps it from swallowing the next paragraph", () => {
    const doc = run(
      'Psaki said, "we will talk to them\n\nThe next paragraph has no quote at all. Psaki said the talks went well.',
    );
    expect(doc.messages.some((m) => m.ruleId === "claims/unpaired-quote")).toBe(true);
    const contents = doc.claims.map((c) => doc.text.slice(c.content.start, c.content.end));
    expect(contents).toContain("the talks went well");
    expect(contents.every((c) => !c.includes("next paragraph"))).toBe(true);
  });

  it("ends a text on a cue and 'no' without a crash", () => {
    for (const text of ["Psaki reported no", "Psaki said no", "Psaki announced Antonov"])
      expect(() => run(text)).not.toThrow();
  });

  it("reads a stray closing mark as no quote and says so", () => {
    const doc = run("Psaki said” the talks went well.");
    expect(doc.messages.some((m) => m.ruleId === "claims/unpaired-quote")).toBe(true);
    expect(doc.claims.length).toBeLessThanOrEqual(1);
  });

  it("takes nested quotes by their outer marks", () => {
    const doc = run("\"He told me 'we are done' and left the room,\" Psaki said.");
    expect(doc.claims).toHaveLength(1);
    const c = doc.claims[0];
    expect(c?.speaker).toBe("psaki");
    expect(doc.text.slice(c?.content.start, c?.content.end)).toBe("He told me 'we are done' and left the room");
  });

  it("keeps a cue-less quote with no speaker anywhere out of the claims", () => {
    const doc = run('"Nobody knows who wrote this line of text, in the end."');
    expect(doc.claims).toHaveLength(0);
  });

  it("gives a null speaker, with a message, when nobody can be found", () => {
    const doc = run("Some people familiar with the matter said the deal was off.");
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]?.speaker).toBeNull();
    expect(doc.messages.some((m) => m.ruleId === "claims/no-speaker")).toBe(true);
  });

  it("stays linear on a sentence of 5,000 words full of cues and quotes", () => {
    const words: string[] = [];
    for (let i = 0; i < 5000; i++) words.push(i % 7 === 0 ? "said" : i % 11 === 0 ? '"that' : "Psaki");
    const doc = run(`${words.join(" ")}.`);
    expect(doc.claims.length).toBeGreaterThan(0);
    // ten times the words (4,000 to 40,000): linear work takes about ten times as long (15
    // measured), the quadratic passes this test caught took 60 times
    const many: string[] = [];
    for (let i = 0; i < 40000; i++) many.push(words[i % words.length] as string);
    const ratio = growthRatio((scale) => {
      const built = handBuiltDoc(`${many.slice(0, 4000 * scale).join(" ")}.`, PSAKI);
      return () => findClaims(built);
    }, 10);
    expect(ratio).toBeLessThan(30);
  }, 120_000);

  it("handles contradictory cues without a crash", () => {
    const doc = run("Psaki said she did not say that the talks had failed, according to nobody.");
    expect(doc.claims.length).toBeGreaterThanOrEqual(1);
    for (const c of doc.claims) expect(c.content.end).toBeGreaterThan(c.content.start);
  });

  it("accepts empty text and text with no words", () => {
    expect(run("").claims).toEqual([]);
    expect(run('"" “” , . "').claims).toEqual([]);
  });
});
