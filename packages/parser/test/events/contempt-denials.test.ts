import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: scoffing, bristling, laughing or shrugging off,
// rebuffing or disagreeing with an allegation answers it as "rejected the allegation" does;
// the same verbs aimed at a plan or an offer deny nothing.
function denials(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.denials.map((d) => `${name(d.denier)}: ${a.text.slice(d.evidence.start, d.evidence.end)}`);
}

describe("contempt for an allegation", () => {
  it.each([
    ["Governor Ann Lowe scoffed at the accusations on Tuesday.", "Ann Lowe: Ann Lowe scoffed at the accusations"],
    ["Governor Ann Lowe bristled at the criticism.", "Ann Lowe: Ann Lowe bristled at the criticism"],
    ["Governor Ann Lowe laughed off the allegations.", "Ann Lowe: Ann Lowe laughed off the allegations"],
    ["Governor Ann Lowe shrugged off the charges.", "Ann Lowe: Ann Lowe shrugged off the charges"],
    ["Governor Ann Lowe rebuffed the accusations.", "Ann Lowe: Ann Lowe rebuffed the accusations"],
  ])("denies: %s", (sentence, expected) => {
    const found = denials(
      `Budget Row\n\nSenator Ray Dunn accused Governor Ann Lowe of lying about the budget.\n\n${sentence}`,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it("counts disagreeing with claims once the denier was accused", () => {
    expect(
      denials(
        "Budget Row\n\nSenator Ray Dunn accused Governor Ann Lowe of lying about the budget.\n\nLowe strongly disagreed with the accusations.",
      ),
    ).toHaveLength(1);
  });

  it("calls an allegation meritless", () => {
    expect(
      denials(
        'Budget Row\n\nSenator Ray Dunn accused Governor Ann Lowe of lying about the budget.\n\nLowe called the charge "meritless".',
      ),
    ).toHaveLength(1);
  });

  it("denies nothing when the scorned thing is a plan or an offer", () => {
    expect(
      denials(
        "Tax Plan\n\nSenator Bill Tarrant scoffed at the plan to raise taxes. Governor Ann Lowe waved off the offer of federal help. Mayor Tim Cole bristled at the proposal.",
      ),
    ).toEqual([]);
  });
});
