import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented court stories read by the whole pipeline: a state that names itself trying one of its own people.
function accusations(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.accusations.map((x) => `${name(x.accuser)} > ${x.accused.map(name).join(", ")}`);
}

describe("a legal act by a named state against its own citizen", () => {
  it("accuses the citizen the named court sentenced", () => {
    expect(
      accusations(
        "Banker Jailed\n\nAnna Berg, a former banker from Braga, ran a savings club for twenty years. A court in Portugal sentenced Berg to six years in prison for fraud on Monday.",
      ),
    ).toContain("Portugal > Anna Berg");
  });

  it("accuses the citizen a state's named officials arrested for smuggling", () => {
    expect(
      accusations(
        "Farmer Held\n\nRavi Nair, a farmer from Thrissur, owned the field. Indian officials in Kerala arrested Nair on Friday for smuggling ivory.",
      ),
    ).toContain("India > Ravi Nair");
  });

  it("leaves a sentence whose actor the story does not name to the agentless rules", () => {
    expect(
      accusations(
        "Activist Jailed\n\nAnna Berg, an activist from Braga, led protests in Portugal last year. She was sentenced last month to two years behind bars for breaking her curfew.",
      ),
    ).toEqual([]);
  });
});
