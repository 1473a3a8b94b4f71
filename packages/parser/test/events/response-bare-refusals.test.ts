import { describe, expect, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences for a refusal with no word after it ("but he declined."):
// it answers the one who acted on its actor just before (a request, a call, an
// order), who is its target; with no such act told it is no refusal of anyone
// ("the party's vote share declined.").
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "smith", names: ["Judge John Smith", "John Smith", "Smith"], kind: "person", affiliation: "usa" },
  { id: "acme", names: ["Acme Corp", "Acme"], kind: "organization" },
  { id: "party", names: ["the Green Party", "Green Party"], kind: "organization", affiliation: "usa" },
];

function responsesOf(text: string) {
  const doc = makeDoc(text, ACTORS);
  findResponses(doc);
  return doc.responses;
}

describe("bare refusals answer the one who asked", () => {
  it.each<[string, WantedResponse]>([
    [
      "The United States asked Judge John Smith to delay his ruling until spring, but Smith declined.",
      { type: "reject", actor: "smith", targets: ["usa"] },
    ],
    [
      "Germany urged Acme to recall the cars. Acme refused, citing the cost.",
      { type: "reject", actor: "acme", targets: ["germany"] },
    ],
  ])("%s", (text, want) => expectResponse(responsesOf(text), want));

  it("the act answered in the same sentence is in the evidence", () => {
    const text = "The United States asked Acme to delay the launch, but Acme declined.";
    const r = responsesOf(text).find((x) => x.type === "reject");
    expect(r && text.slice(r.evidence.start, r.evidence.end)).toBe(
      "United States asked Acme to delay the launch, but Acme declined",
    );
  });

  it.each([
    // no one acted on the one who declined
    // an act two sentences back is not what is refused
    "Germany urged Acme to recall the cars. Sales fell in May. Acme refused.",
    "Support for the Green Party has declined.",
    "Judge John Smith was invited to speak, but he declined.",
  ])("no refusal: %s", (text) => {
    expect(responsesOf(text).filter((r) => r.type === "reject")).toEqual([]);
  });
});
