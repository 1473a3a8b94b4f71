import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: rejecting an object that may tell anything ("a
// claim", "that view", "the report") denies only when it is about the denier's side: that side
// was accused before, the words after the object name it, or another side owns the words.
function denials(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.denials.map((d) => `${name(d.denier)}: ${a.text.slice(d.evidence.start, d.evidence.end)}`);
}

describe("neutral objects of a denial cue", () => {
  it("deny nothing when no one's wrong is told", () => {
    expect(
      denials(
        "Growth Figures\n\nGovernor Carl Benson said the state economy had hit bottom this year. The state treasury, in a report issued this month, has contested that view.",
      ),
    ).toEqual([]);
  });

  it("deny a claim about the denier's own side", () => {
    expect(
      denials("Health Row\n\nGovernor Carl Benson on Monday countered claims about his health, saying he felt fine."),
    ).toHaveLength(1);
  });

  it("deny another side's claim", () => {
    expect(
      denials(
        "Budget Row\n\nSenator Dana Whitfield said the families were wrong. Later, Governor Carl Benson rejected Whitfield's claim.",
      ),
    ).toHaveLength(1);
  });

  it("deny a claim once the denier was accused", () => {
    expect(
      denials(
        "Budget Row\n\nSenator Dana Whitfield accused Governor Carl Benson of lying about the budget on Monday.\n\nBenson pushed back on those claims Thursday.",
      ),
    ).toHaveLength(1);
  });
});
