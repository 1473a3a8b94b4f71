import { describe, expect, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences: a relative clause whose pronoun stands past a short parenthesis
// ("Smith (D-Ohio), who ...") or past an appositive that describes the name ("Smith, a
// veteran party leader who ...") tells the named one's act; a clause describing a noun
// no one names stays no one's.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "smith", names: ["Sen. John Smith", "John Smith", "Smith"], kind: "person", affiliation: "usa" },
  { id: "jones", names: ["Mary Jones", "Jones"], kind: "person", affiliation: "usa" },
];

function responsesOf(text: string) {
  const doc = makeDoc(text, ACTORS);
  findResponses(doc);
  return doc.responses;
}

describe("relative clauses past an aside", () => {
  it.each<[string, WantedResponse]>([
    [
      "John Smith (D-Ohio), who has endorsed Mary Jones, spoke on Monday.",
      { type: "cooperate", actor: "smith", targets: ["jones"] },
    ],
    [
      "John Smith, a veteran party leader who had endorsed Jones, spoke on Monday.",
      { type: "cooperate", actor: "smith", targets: ["jones"] },
    ],
    [
      "Gov. John Smith of Ohio, a Democrat who has refused to endorse Mary Jones, spoke on Monday.",
      { type: "reject", actor: "smith", targets: ["jones"] },
    ],
  ])("%s", (text, want) => expectResponse(responsesOf(text), want));

  it("a clause describing an unnamed noun is no one's", () => {
    const rs = responsesOf("Two people who had endorsed Mary Jones spoke on Monday.");
    expect(rs.filter((r) => r.type === "cooperate")).toEqual([]);
  });
});
