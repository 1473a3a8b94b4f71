import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, parseClaimsAndEvents, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences for acts told as -ing participles: after a message noun
// ("issued a statement urging X"), right after a name ("a chorus of Democrats
// urging him"), after a comma and an adverb ("..., often pushing X to"), and
// after a quote whose names are not the participle's doer.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "dobson", names: ["Senator Mark Dobson", "Mark Dobson", "Dobson"], kind: "person" },
  { id: "park", names: ["Governor Helen Park", "Helen Park", "Park"], kind: "person" },
  { id: "labour", names: ["The Labour Party", "the Labour Party", "Labour"], kind: "organization" },
  { id: "congress", names: ["Congress"], kind: "organization" },
  { id: "democrats", names: ["Democrats"], kind: "organization" },
  { id: "white-house", names: ["the White House", "White House"], kind: "organization" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("acts told as participles", () => {
  it.each<[string, WantedResponse]>([
    // a message's participle is its author's act, not a noun like "the double bombing"
    [
      "Senator Mark Dobson wrote an op-ed urging Congress to pass the budget.",
      { type: "demand", actor: "dobson", targets: ["congress"] },
    ],
    [
      "The Labour Party issued a statement apologizing to Helen Park for the remarks.",
      { type: "admit", actor: "labour", targets: ["park"] },
    ],
    [
      "Germany passed a resolution calling on Russia to withdraw its troops.",
      { type: "demand", actor: "germany", targets: ["russia"] },
    ],
    // a participle right after a name is that name's act, not the passive subject's
    [
      "Mark Dobson could be met by a chorus of Democrats urging him to quit the race.",
      { type: "demand", actor: "democrats" },
    ],
    // an adverb between the comma and the participle: still the main subject's act
    [
      "For four years, Helen Park played a role in nearly every issue of Mark Dobson’s first term, often pushing the White House to act.",
      { type: "demand", actor: "park", targets: ["white-house"] },
    ],
  ])("%s", (text, want) => {
    expectResponse(responses(text), want);
  });

  it("does not read the asking participle's act as done", () => {
    const found = responses("Democrats signed a letter urging Senator Mark Dobson to veto the bill.");
    expectResponse(found, { type: "demand", actor: "democrats", targets: ["dobson"] });
    expect(found.filter((r) => r.type === "reject")).toEqual([]);
  });

  it("does not credit a name inside a quote before the participle", () => {
    const doc = parseClaimsAndEvents(
      '"Give Dobson more time," said Governor Helen Park, urging Congress to wait for the results.',
      ACTORS,
    );
    expectResponse(doc.responses, { type: "demand", actor: "park", targets: ["congress"] });
    expect(doc.responses.filter((r) => r.actor === "dobson")).toEqual([]);
  });

  it("still reads a bombing after an article and a modifier as a noun", () => {
    expect(responses("The double bombing shocked Mark Dobson.").filter((r) => r.actor === "dobson")).toEqual([]);
  });
});
