import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a demand told as a noun inside another act's words ("refused the strikers'
// demands for higher pay") is still its owner's demand, made of the one who answers it; and in a
// story of protests, bare "demands for X" no one is named owning are the protesters' demands of
// those who govern. Outside such a story, or after "the" / a possessive, no owner is guessed.
const ACTORS: ActorSpec[] = [
  ...WORLD.filter((a) => a.kind !== "organization"),
  { id: "mayor", names: ["Mayor Anna Kral", "Anna Kral", "Kral"], kind: "person", affiliation: "poland" },
  {
    id: "union",
    names: ["the Miners Union", "Miners Union", "the union"],
    kind: "organization",
    affiliation: "poland",
  },
];

const demands = (text: string) => responsesAmong(text, ACTORS).filter((r) => r.type === "demand");

describe("a demand told inside its answer", () => {
  it("is its owner's demand of the one who answered it", () => {
    const found = responsesAmong("Mayor Anna Kral refused the union's demands for higher pay on Monday.", ACTORS);
    expectResponse(found, { type: "reject", actor: "mayor" });
    expectResponse(found, { type: "demand", actor: "union", targets: ["mayor"] });
  });
});

describe("bare demands in a story of protests", () => {
  it("are the protesters' demands of the state", () => {
    expectResponse(
      demands(
        "Thousands of protesters marched in Warsaw, Poland on Sunday. The movement has grown to include demands for new elections.",
      ),
      { type: "demand", actor: "protesters", targets: ["poland"] },
    );
  });

  it("are no one's outside such a story, or after 'the'", () => {
    const calm = ACTORS.filter((a) => !a.names.some((n) => /protesters/i.test(n)));
    const found = responsesAmong("In Poland, calls grew in May to include demands for new elections.", calm);
    expect(found.filter((r) => r.type === "demand" && r.targets.length > 0)).toEqual([]);
    expect(
      demands("Thousands of protesters marched in Warsaw, Poland on Sunday. The demands for new elections were heard."),
    ).toEqual([]);
  });
});
