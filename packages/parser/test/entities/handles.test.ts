import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a handle is an account's address, no participant of its own.
const actors = (text: string) => parseArticle(text).actors;

describe("a handle", () => {
  it("that spells a person the text names is that person", () => {
    const found = actors(
      "Nora Wells spoke in Dayton on Monday. Later that night @NoraWellsOH wrote that the race was close. @SenWells added that she would win.",
    );
    const wells = found.filter((a) => a.name === "Nora Wells");
    expect(wells).toHaveLength(1);
    expect(wells[0]?.aliases).toContain("NoraWellsOH");
    for (const h of ["NoraWellsOH", "SenWells"]) expect(found.map((a) => a.name)).not.toContain(h);
  });

  it("that closes a writer's line of their own account names no one", () => {
    const names = actors("Kim Lee said the vote was close. The count went on.  Twitter: @Kestrelle.").map(
      (a) => a.name,
    );
    expect(names).toContain("Kim Lee");
    expect(names).not.toContain("Kestrelle");
  });
});
