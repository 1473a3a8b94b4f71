import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents } from "./make-doc.js";

// invented sentences: a cue inside a sentence's opening phrase takes no object from the main clause
const ACTORS = [
  { id: "hale", names: ["Nora Hale", "Hale"], kind: "person" as const },
  { id: "vance", names: ["Peter Vance", "Vance"], kind: "person" as const },
  { id: "kell", names: ["Kell Mining"], kind: "organization" as const },
];
const run = (text: string) => parseClaimsAndEvents(text, ACTORS);

describe("a cue inside an opening phrase", () => {
  it("does not accuse the main clause's subject", () => {
    const doc = run("In her statement condemning the test, Nora Hale defended her record.");
    expect(accusationPairs(doc)).toEqual([]);
  });

  it("still accuses an object inside the phrase", () => {
    const doc = run("After Nora Hale accused Kell Mining of fraud, Peter Vance resigned.");
    expect(accusationPairs(doc)).toEqual(["hale>kell"]);
  });
});
