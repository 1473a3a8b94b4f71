import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: "Russian hackers" are a group of their own, affiliated with the state.
describe("state groups", () => {
  it("makes a demonym's hackers a group affiliated with the state, not the state itself", () => {
    const { actors } = parseArticle("Investigators believe Iranian hackers broke into the water utility's network.");
    const hackers = actors.find((a) => a.name === "Iranian hackers");
    expect(hackers?.kind).toBe("group");
    expect(hackers?.affiliation).toBe("iran");
  });
});
