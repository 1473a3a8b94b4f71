import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: a statement told by someone's critics
// ("Vance's critics say ...") accuses that someone, even when its words name no wrong.
function accusations(text: string): string[] {
  const a = parseArticle({ kind: "text", text: `Council Row\n\n${text}` }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.accusations.map((x) => `${name(x.accuser)} > ${x.accused.map(name).join(", ")}`);
}

describe("a statement of someone's critics accuses that someone", () => {
  it.each([
    [
      "an owner's critics",
      "Mayor Paul Vance closed the library. Vance's critics say the new schedule is meant to slow the count.",
    ],
    [
      "critics of a name",
      "Mayor Paul Vance closed the library. According to critics of Vance, the new schedule is meant to slow the count.",
    ],
    [
      "a name before the critics",
      "Mayor Paul Vance closed the library. Vance critics argue that the new schedule is meant to slow the count.",
    ],
    [
      "an owner's fiercest critics",
      "Mayor Paul Vance closed the library. Vance's fiercest critics claim the schedule is meant to slow the count.",
    ],
  ])("%s", (_name, text) => {
    expect(accusations(text).some((x) => x.endsWith("> Paul Vance"))).toBe(true);
  });

  it("reads a possessive pronoun the actor stage resolved ('Her critics say')", () => {
    expect(
      accusations(
        "Senator Ann Kerr opened the session. Her critics say she wants to keep the assembly closed until the vote.",
      ).some((x) => x.endsWith("> Ann Kerr")),
    ).toBe(true);
  });

  it("does not read critics who are a party's members as that party's critics ('Republican critics')", () => {
    expect(accusations("Republican critics say the new schedule must change before the vote.")).toEqual([]);
  });

  it("does not read opponents as critics ('Vance's opponents say')", () => {
    expect(
      accusations(
        "Mayor Paul Vance closed the library. Vance's opponents say the city should stand with its neighbours.",
      ),
    ).toEqual([]);
  });
});
