import { describe, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: refusing another's request, call or demand is a
// rejection aimed at its owner, though the request's own words ("request to",
// "call for", "demand") are a demand cue too.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "moss", names: ["Senator Lena Moss", "Lena Moss", "Moss"], kind: "person" },
  { id: "strand", names: ["Governor Paul Strand", "Paul Strand", "Strand"], kind: "person" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("a refused request is a rejection of its owner", () => {
  it.each<[string, WantedResponse]>([
    ["Moss rejected Paul Strand's request to close the port.", { type: "reject", actor: "moss", targets: ["strand"] }],
    [
      "Moss voted to reject Strand's request to close the port.",
      { type: "reject", actor: "moss", targets: ["strand"] },
    ],
    ["Poland turned down Germany's call for new talks.", { type: "reject", actor: "poland", targets: ["germany"] }],
  ])("%s", (text, want) => {
    expectResponse(responses(text), want);
  });
});
