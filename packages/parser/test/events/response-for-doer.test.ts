import { describe, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: an act told after "for" as the ground of blame or praise
// is done by the one blamed or praised (named right before "for"), not by the
// clause's subject.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "moss", names: ["Senator Lena Moss", "Lena Moss", "Moss"], kind: "person" },
  { id: "strand", names: ["Governor Paul Strand", "Paul Strand", "Strand"], kind: "person" },
  { id: "greens", names: ["the Green Party", "Green Party"], kind: "organization" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("the one blamed or praised 'for' an act did it", () => {
  it.each<[string, WantedResponse]>([
    [
      "Moss lashed out at Russia for having shot down a Ukrainian airliner.",
      { type: "military_action", actor: "russia", targets: ["ukraine"] },
    ],
    [
      "Moss railed against the Green Party for refusing to meet Paul Strand.",
      { type: "reject", actor: "greens", targets: ["strand"] },
    ],
    ["Moss thanked Germany for endorsing Paul Strand.", { type: "cooperate", actor: "germany", targets: ["strand"] }],
    // a passive's agent is no one praised: the subject acted
    [
      "Strand was praised by Moss on Friday, and Germany thanked Poland for signing an agreement with Ukraine.",
      { type: "cooperate", actor: "poland", targets: ["ukraine"] },
    ],
  ])("%s", (text, want) => {
    expectResponse(responses(text), want);
  });
});
