import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a legal act told as a noun that names both its sides back to back ("the arrest
// of Tom Baker by Norwegian police") is the act of the one after "by" on the one after "of" / "into",
// even after "the"; and "China's detention of X" is the possessor's act. Not when "by" names the
// wrongdoer of what is investigated ("an investigation into alleged fraud by Tom Baker"), nor when
// only one side is named ("Maja Lind condemned the arrest of Tom Baker").
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "police", names: ["Norwegian police", "the police"], kind: "organization", affiliation: "norway" },
  { id: "norway", names: ["Norway", "Norwegian"] },
  { id: "baker", names: ["Tom Baker", "Baker"], kind: "person" },
  { id: "lind", names: ["Maja Lind", "Lind"], kind: "person" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("a nominal legal act naming both its sides", () => {
  it.each<[string, WantedResponse]>([
    // "a lawsuit by X against Y": the plaintiff after "by", the defendant after "against"
    [
      "Norway spoke after a lawsuit by Tom Baker against Maja Lind was heard.",
      { type: "legal_action", actor: "baker", targets: ["lind"] },
    ],
    [
      "The arrest of Tom Baker by Norwegian police on Friday angered Maja Lind.",
      { type: "legal_action", actor: "police", targets: ["baker"] },
    ],
    [
      "Lind condemned the detention of Tom Baker by Norway.",
      { type: "legal_action", actor: "norway", targets: ["baker"] },
    ],
    [
      "An investigation into Tom Baker by Norwegian police began in May.",
      { type: "investigate", actor: "police", targets: ["baker"] },
    ],
    [
      "The investigation of Tom Baker by independent counsel Maja Lind lasted two years.",
      { type: "investigate", actor: "lind", targets: ["baker"] },
    ],
    ["Norway's detention of Tom Baker drew protests.", { type: "legal_action", actor: "norway", targets: ["baker"] }],
  ])("%s", (text, want) => expectResponse(responses(text), want));

  it("reads no act when 'by' names a wrongdoer or only one side is named", () => {
    expect(responses("An investigation into alleged fraud by Tom Baker began.")).toEqual([]);
    expect(responses("Maja Lind condemned the arrest of Tom Baker.")).toEqual([]);
  });
});
