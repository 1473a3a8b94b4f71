import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a court's penalties told by what it imposes or hands down ("imposed a
// five-year sentence on X", "handed down a fine"), custody kept or refused release ("remanded X
// in custody", "denied bail to X", "kept X in jail", "held X without charge"); and an -ing form
// that opens its clause as the subject ("that keeping X in jail will ...") tells no act.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "judge", names: ["Judge Ellen Ray", "Ray"], kind: "person" },
  { id: "court", names: ["The district court", "the district court"], kind: "organization" },
  { id: "police", names: ["Polish police", "the police"], kind: "organization", affiliation: "poland" },
  { id: "baker", names: ["Tom Baker", "Baker"], kind: "person" },
  { id: "cole", names: ["Jim Cole", "Cole"], kind: "person" },
  { id: "lind", names: ["Maja Lind", "Lind"], kind: "person" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("a court's penalties and custody", () => {
  it.each<[string, WantedResponse]>([
    [
      "Judge Ellen Ray imposed a five-year sentence on Tom Baker on Monday.",
      { type: "legal_action", actor: "judge", targets: ["baker"] },
    ],
    ["Ray imposed a fine of 900 euros on Jim Cole.", { type: "legal_action", actor: "judge", targets: ["cole"] }],
    [
      "The district court handed down a suspended sentence to Jim Cole.",
      { type: "legal_action", actor: "court", targets: ["cole"] },
    ],
    [
      "Judge Ellen Ray remanded Tom Baker in custody until March.",
      { type: "legal_action", actor: "judge", targets: ["baker"] },
    ],
    ["The district court denied bail to Jim Cole.", { type: "legal_action", actor: "court", targets: ["cole"] }],
    // a sentence being served is borne of a court's verdict, as one received is; custody ordered kept, too
    [
      "Tom Baker is serving a ten-year sentence for fraud in Poland.",
      { type: "legal_action", actor: "poland", targets: ["baker"] },
    ],
    [
      "Judge Ellen Ray ordered Tom Baker remain in custody until March.",
      { type: "legal_action", actor: "judge", targets: ["baker"] },
    ],
    // bail set or granted is a court's act on the one bailed, as much as bail denied
    [
      "The district court set bail for Jim Cole at 900 euros.",
      { type: "legal_action", actor: "court", targets: ["cole"] },
    ],
    [
      "Polish police arrested Tom Baker on Friday. The district court granted bail on Sunday.",
      { type: "legal_action", actor: "court", targets: ["baker"] },
    ],
    // a court's ruling that an official's act is unlawful acts on the official whose act it is
    [
      "The district court ruled Maja Lind's decree unconstitutional on Monday.",
      { type: "legal_action", actor: "court", targets: ["lind"] },
    ],
    [
      "Judge Ellen Ray kept Tom Baker in jail after a short hearing.",
      { type: "legal_action", actor: "judge", targets: ["baker"] },
    ],
    [
      "Polish police have held Jim Cole without charge since May.",
      { type: "legal_action", actor: "police", targets: ["cole"] },
    ],
  ])("%s", (text, want) => expectResponse(responses(text), want));

  it("reads no act in an -ing form that is its clause's subject", () => {
    expect(responses("Maja Lind said that keeping Tom Baker in jail would only make him louder.")).toEqual([]);
    expect(responses("Maja Lind doubts whether arresting Jim Cole helps anyone.")).toEqual([]);
  });

  it("reads no act in a present habit or rule denied, but keeps an act withheld", () => {
    expect(responses("Courts in Poland do not impose fines on Maja Lind's kind of charity.")).toEqual([]);
    expect(responses("The district court doesn't jail Tom Baker's clients for debt.")).toEqual([]);
    expectResponse(responses("Polish police did not arrest Tom Baker."), { type: "legal_action", actor: "police" });
  });
});
