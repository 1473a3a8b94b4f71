import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: an object pronoun right after an accusing verb
// or a label ("accused him of", "called her a liar") stands for someone the story named before,
// never for the verb's own subject, to whom the actor stage's recency often points it.
function accusations(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.accusations.map((x) => `${name(x.accuser)} > ${x.accused.map(name).join(", ")}`);
}

describe("an object pronoun after an accusing verb", () => {
  it("reads 'accused him of' as the person named before the accuser", () => {
    expect(
      accusations(
        "Race Tightens\n\nCarl Benson spoke in Ohio on Monday. Senator Dana Whitfield accused him of lying about his record.",
      ),
    ).toContain("Dana Whitfield > Carl Benson");
  });

  it("reads a criticism's pronoun object with its reason, over auxiliaries ('has criticized him for')", () => {
    expect(
      accusations(
        "Race Tightens\n\nCarl Benson spoke in Ohio on Monday. Senator Dana Whitfield has repeatedly criticized him for his remarks.",
      ),
    ).toContain("Dana Whitfield > Carl Benson");
  });

  it("reads no pronoun object of a verb set apart from its subject ('declined to assail him')", () => {
    expect(
      accusations(
        "Race Tightens\n\nCarl Benson spoke in Ohio on Monday. Senator Dana Whitfield declined to criticize him for his remarks.",
      ),
    ).toEqual([]);
  });

  it("reads 'called him a liar' as a label of the person named before", () => {
    expect(
      accusations("Race Tightens\n\nMark Benson spoke in Ohio on Monday. Senator Paul Whitfield called him a liar."),
    ).toContain("Paul Whitfield > Mark Benson");
  });

  it("skips a person whose known gender clashes with the pronoun", () => {
    const found = accusations(
      "Race Tightens\n\nJane Ortiz spoke in Iowa on Sunday. Mark Benson spoke in Ohio on Monday. Senator Dana Whitfield accused her of lying.",
    );
    expect(found).toContain("Dana Whitfield > Jane Ortiz");
    expect(found).not.toContain("Dana Whitfield > Mark Benson");
  });

  it("reads no possessive 'her' as the accused ('criticized her record')", () => {
    expect(
      accusations(
        "Race Tightens\n\nMark Benson spoke in Ohio on Monday. Senator Paula Whitfield criticized her record on taxes.",
      ),
    ).toEqual([]);
  });

  it("reads the pronoun opening an owned accusation's 'that' clause as someone other than the accuser", () => {
    expect(
      accusations(
        "Race Tightens\n\nCarl Benson spoke in Ohio on Monday. Later he responded to Dana Whitfield's accusations that he hid the records.",
      ),
    ).toContain("Dana Whitfield > Carl Benson");
  });
});
