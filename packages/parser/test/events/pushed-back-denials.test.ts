import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: "pushed back on/against" denies what it takes
// only when that is an allegation ("those claims", "the accusations"); pushing back on a plan is
// opposition to a proposal, no denial.
function denials(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.denials.map((d) => `${name(d.denier)}: ${a.text.slice(d.evidence.start, d.evidence.end)}`);
}

const ACCUSED =
  "Budget Row\n\nSenator Dana Whitfield accused Governor Carl Benson of lying about the budget on Monday.\n\n";

describe("'pushed back on' as a denial", () => {
  it("denies an allegation it takes as its object", () => {
    expect(denials(`${ACCUSED}Benson pushed back on those claims Thursday, saying the numbers were right.`)).toEqual([
      "Carl Benson: Benson pushed back on those claims Thursday",
    ]);
  });

  it("denies with 'against' and the accusations", () => {
    expect(denials(`${ACCUSED}Benson pushed back against the accusations.`)).toHaveLength(1);
  });

  it("denies nothing when a plan is pushed back on", () => {
    expect(denials(`${ACCUSED}Benson pushed back against the plan to cut taxes.`)).toEqual([]);
  });
});

describe("'took issue with', 'disputing' and critiques as denials", () => {
  it("denies criticism one takes issue with", () => {
    expect(denials(`${ACCUSED}Benson took issue with the criticism on Tuesday.`)).toEqual([
      "Carl Benson: Benson took issue with the criticism on Tuesday",
    ]);
  });

  it("denies nothing when a plan is taken issue with", () => {
    expect(denials(`${ACCUSED}Benson took issue with the plan to cut taxes.`)).toEqual([]);
  });

  it("denies with a participle 'disputing'", () => {
    expect(denials(`${ACCUSED}Benson published a letter disputing the accusations.`)).toHaveLength(1);
  });

  it("denies critiques one disputes", () => {
    expect(denials(`${ACCUSED}Benson has disputed both critiques.`)).toHaveLength(1);
  });

  it("denies accusations one defends oneself against", () => {
    expect(denials(`${ACCUSED}Benson defended himself against accusations of dishonesty.`)).toHaveLength(1);
  });

  it("denies nothing when one defends oneself against a rival", () => {
    expect(denials(`${ACCUSED}Benson defended himself against Whitfield in the debate.`)).toEqual([]);
  });
});
