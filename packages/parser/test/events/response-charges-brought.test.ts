import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a charge brought with the one charged named right after the verb and no
// "with" ("police charged Tom Baker on Friday"), not a price asked ("charged Baker $300") nor an
// adjective ("a racially charged debate"); and a place after a passive's subject ("a man from
// Sweden was arrested", "a suspect in Denmark has been charged") only locates the one acted on.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "police", names: ["Norwegian police", "the police"], kind: "organization", affiliation: "norway" },
  { id: "norway", names: ["Norway", "Norwegian"] },
  { id: "baker", names: ["Tom Baker", "Baker"], kind: "person" },
  { id: "lind", names: ["Maja Lind", "Lind"], kind: "person" },
  { id: "man", names: ["25-year-old man"], kind: "person" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("charges brought without 'with'", () => {
  it.each<[string, WantedResponse]>([
    [
      "Norwegian police charged Tom Baker on Friday after a long inquiry.",
      { type: "legal_action", actor: "police", targets: ["baker"] },
    ],
    ["Norway has charged Maja Lind over the crash.", { type: "legal_action", actor: "norway", targets: ["lind"] }],
  ])("%s", (text, want) => expectResponse(responses(text), want));

  it("reads no charge in a price asked or an adjective", () => {
    expect(responses("Maja Lind charged Tom Baker $300 for the repairs.")).toEqual([]);
    expect(responses("Maja Lind opened a racially charged debate against Sweden.")).toEqual([]);
  });
});

describe("a place after a passive's subject", () => {
  it("is not acted on", () => {
    const r = responses("Norwegian police said a 25-year-old man from Sweden was arrested on Saturday.");
    expect(r.filter((x) => x.targets.includes("sweden"))).toEqual([]);
    expect(
      responses("A suspect in Sweden has been charged with arson.").filter((x) => x.targets.includes("sweden")),
    ).toEqual([]);
  });
});

describe("an indefinite unnamed person acted on", () => {
  it("is someone new, not the one the story identified before", () => {
    const text =
      "Norwegian police said a man, later identified as Tom Baker, fled on Friday. A man was arrested in Oslo on Saturday.";
    expect(responses(text).filter((x) => x.targets.includes("baker"))).toEqual([]);
  });
});
