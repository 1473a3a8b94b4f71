import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a charge or a sentence told as borne by its subject ("X faces three counts of
// fraud", "X was given a suspended sentence") with no one named bringing it is the story's court's,
// else the prosecuting state's; one only possible, denied or borne by a noun no actor names is none.
// A case opened against someone ("opened a criminal case against X") is a legal act on them.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "committee", names: ["The Investigative Committee", "the Investigative Committee"], kind: "organization" },
  { id: "baker", names: ["Tom Baker", "Baker"], kind: "person" },
  { id: "cole", names: ["Jim Cole", "Cole"], kind: "person" },
  { id: "lind", names: ["Maja Lind", "Lind"], kind: "person" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);
const legal = (text: string) => responses(text).filter((r) => r.type === "legal_action");

describe("penalties and charges borne by their subject", () => {
  it.each<[string, WantedResponse]>([
    [
      "Poland has a strict law. In Poland, Maja Lind faces three counts of fraud.",
      { type: "legal_action", actor: "poland", targets: ["lind"] },
    ],
    [
      "Poland has a strict law. Tom Baker, a former mayor, faced charges of bribery in Poland.",
      { type: "legal_action", actor: "poland", targets: ["baker"] },
    ],
    [
      "Sweden has a strict law. Jim Cole was given a two-year suspended sentence in Sweden.",
      { type: "legal_action", actor: "sweden", targets: ["cole"] },
    ],
    [
      "Sweden has a strict law. In Sweden, Jim Cole received a five-year prison sentence.",
      { type: "legal_action", actor: "sweden", targets: ["cole"] },
    ],
  ])("%s", (text, want) => expectResponse(responses(text), want));

  it("reads no act in a penalty only possible, denied, or borne by no one named", () => {
    expect(legal("Poland has a strict law. In Poland, Tom Baker could face criminal charges.")).toEqual([]);
    expect(legal("Poland has a strict law. In Poland, Tom Baker should face no charges.")).toEqual([]);
    expect(legal("Poland has a strict law. In Poland, people who steal get a jail sentence.")).toEqual([]);
    expect(legal("Poland has a strict law. Maja Lind said a person can face charges in Poland.")).toEqual([]);
    expect(legal("Poland has a strict law. Tom Baker faced the charge that he was soft on crime.")).toEqual([]);
  });
});

describe("a case opened against someone", () => {
  it("is a legal act on the one it is against", () => {
    expectResponse(responses("The Investigative Committee opened a criminal case against Maja Lind on Monday."), {
      type: "legal_action",
      actor: "committee",
      targets: ["lind"],
    });
  });
});
