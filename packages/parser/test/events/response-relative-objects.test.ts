import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a relative clause whose pronoun is its verb's object ("Acme, which the
// ministry sued") acts on the noun it describes, or on the copula's subject that noun describes
// ("Smith is the third mayor whom the agency has arrested").
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "doj", names: ["the Justice Ministry", "The Justice Ministry"], kind: "organization", affiliation: "moldova" },
  { id: "moldova", names: ["Moldova", "Moldovan"] },
  { id: "smith", names: ["John Smith", "Smith"], kind: "person" },
  { id: "berg", names: ["Anna Berg", "Berg"], kind: "person" },
  { id: "agency", names: ["the Crime Agency", "The Crime Agency"], kind: "organization", affiliation: "uk" },
  { id: "acme", names: ["Acme Corp", "Acme"], kind: "organization" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("relative clauses whose pronoun is the object", () => {
  it.each<[string, WantedResponse]>([
    [
      "Acme Corp, which the Justice Ministry sued last year, closed its doors.",
      { type: "legal_action", actor: "doj", targets: ["acme"] },
    ],
    [
      "John Smith is the third mayor whom the Crime Agency has arrested this year.",
      { type: "legal_action", actor: "agency", targets: ["smith"] },
    ],
    [
      "Moldova will be the fifth state that Anna Berg is suing over the election in Sweden.",
      { type: "legal_action", actor: "berg", targets: ["moldova"] },
    ],
    // a cue that needs its object named ("+fined") is completed by the pronoun's noun
    [
      "Poland is the second country that the European Union has fined since May.",
      { type: "legal_action", actor: "eu", targets: ["poland"] },
    ],
  ])("%s", (text, want) => expectResponse(responses(text), want));

  it("leaves a verb with an object of its own to that object", () => {
    const r = responses("Russia warned Sweden that the European Union had fined Acme Corp.");
    expect(r.find((x) => x.actor === "eu")?.targets).toEqual(["acme"]);
  });

  it("reads nothing into a noun that names no actor", () => {
    const r = responses("The fine that the European Union imposed was small.");
    expect(r.filter((x) => x.targets.includes("eu"))).toEqual([]);
  });
});
