import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences for acts told in the passive whose doer the clause names
// only after a "by" inside the cue's words, or not at all.
const CASE: ActorSpec[] = [
  { id: "varland", names: ["Varland", "Varlandic"] },
  {
    id: "prosecutors",
    names: ["Varlandic prosecutors", "prosecutors", "Prosecutors"],
    kind: "organization",
    affiliation: "varland",
  },
  { id: "kade", names: ["Mira Kade", "Kade"], kind: "person", affiliation: "varland" },
  { id: "osse", names: ["Jon Osse", "Osse"], kind: "person", affiliation: "varland" },
  { id: "unions", names: ["the unions", "The unions"], kind: "group" },
];

function responses(text: string, actors: ActorSpec[] = CASE) {
  return runEventStages(makeDoc(text, actors)).responses;
}

describe("a passive's agent named after a 'by' inside the cue", () => {
  it.each<[string, WantedResponse]>([
    [
      "Mira Kade was charged by Varlandic prosecutors with fraud on Monday.",
      { type: "legal_action", actor: "prosecutors", targets: ["kade"] },
    ],
    [
      "Last year Jon Osse was charged by prosecutors with bribery and resigned.",
      { type: "legal_action", actor: "prosecutors", targets: ["osse"] },
    ],
  ])("%s", (text, want) => expectResponse(responses(text), want));

  it("never makes the one charged the doer of the charge", () => {
    const found = responses("Mira Kade was charged by Varlandic prosecutors with fraud on Monday.");
    expect(found.filter((r) => r.actor === "kade")).toEqual([]);
  });

  it("still reads 'by' and an -ing form inside a cue as the means, the subject its doer", () => {
    expectResponse(responses("The unions responded by suing Mira Kade for libel."), {
      type: "legal_action",
      actor: "unions",
      targets: ["kade"],
    });
  });
});

describe("who did a legal act told in the passive with no agent", () => {
  const STORY: ActorSpec[] = [
    ...CASE,
    { id: "lawyer", names: ["Tomas Ring", "Ring"], kind: "person" },
    { id: "amnesty", names: ["Amnesty International"], kind: "organization" },
    { id: "dorn", names: ["Eli Dorn", "Dorn"], kind: "person" },
  ];

  it("does not make a lawyer who reports a fine its doer", () => {
    const found = responses("Tomas Ring said Mira Kade was fined for the crash.", STORY);
    expect(found.filter((r) => r.type === "legal_action")).toEqual([]);
  });

  it("does not make a rights group that reports an arrest its doer", () => {
    const found = responses("Amnesty International said Jon Osse was arrested on Friday.", STORY);
    expect(found.filter((r) => r.actor === "amnesty")).toEqual([]);
  });

  it("does not make a lawyer who spoke of the defendant before the doer of the fine", () => {
    const found = responses(
      "Tomas Ring accused Mira Kade of lying to the press. In March Kade was fined for the crash.",
      STORY,
    );
    expect(found.filter((r) => r.actor === "lawyer" && r.type === "legal_action")).toEqual([]);
  });

  it("still gives the act to a prosecutor who acted on the same person before", () => {
    expectResponse(
      responses("Varlandic prosecutors accused Eli Dorn of bribery. In March Dorn was fined for the payments.", STORY),
      { type: "legal_action", actor: "prosecutors", targets: ["dorn"] },
    );
  });
});

describe("a legal act told in the passive only as supposed or asked for", () => {
  const STORY: ActorSpec[] = [
    ...CASE,
    { id: "police", names: ["Varlandic police", "police", "Police"], kind: "organization", affiliation: "varland" },
    { id: "dorn", names: ["Eli Dorn", "Dorn"], kind: "person" },
  ];
  const legal = (text: string) => responses(text, STORY).filter((r) => r.type === "legal_action");

  it.each([
    "Varland closed its border. Eli Dorn is at risk of being deported.",
    "Varland closed its border. Eli Dorn asked whether Dorn could be charged with incitement.",
    "Varland closed its border. Eli Dorn may need to be detained indefinitely.",
    "Varlandic police closed the road. Mira Kade demanded that Eli Dorn be arrested.",
  ])("gives no doer in %s", (text) => {
    expect(legal(text).filter((r) => r.targets.includes("dorn"))).toEqual([]);
  });

  it("still gives the story's police an arrest told as done", () => {
    expectResponse(responses("Varlandic police closed the road. Eli Dorn was arrested on Friday.", STORY), {
      type: "legal_action",
      actor: "police",
      targets: ["dorn"],
    });
  });

  it("gives an arrest reported by a person who acts for the police to the police", () => {
    const actors: ActorSpec[] = [
      ...STORY,
      { id: "chief", names: ["Police chief Ana Vell", "Ana Vell", "Vell"], kind: "person", affiliation: "police" },
    ];
    expectResponse(responses("Police chief Ana Vell said Eli Dorn was arrested on Friday.", actors), {
      type: "legal_action",
      actor: "police",
      targets: ["dorn"],
    });
  });
});
