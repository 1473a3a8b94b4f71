import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/doc.js";
import type { ResponseType } from "../../src/model.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences for court outcomes, orders, calls and their backing, and
// the admissions, denials and acts that are not what they look like
const ACTORS = [
  ...WORLD,
  { id: "court", names: ["the Lisbon court", "The court", "the court"], kind: "organization" as const },
  { id: "silva", names: ["Rui Silva", "Silva"], kind: "person" as const },
  { id: "costa", names: ["Ana Costa", "Costa"], kind: "person" as const },
  { id: "station", names: ["Radio Norte", "the station"], kind: "media" as const },
  { id: "regulator", names: ["the regulator", "The regulator"], kind: "organization" as const },
  { id: "parliament", names: ["Parliament"], kind: "organization" as const },
  { id: "smith", names: ["President Smith", "Smith"], kind: "person" as const, affiliation: "usa" },
  { id: "jones", names: ["Governor Jones", "Jones"], kind: "person" as const },
];

function responses(text: string): Doc["responses"] {
  return runEventStages(makeDoc(text, ACTORS)).responses;
}

type Row = [string, { type: ResponseType; actor: string; targets: string[] }];

const FOUND: Row[] = [
  [
    "Rui Silva was found guilty on Friday of taking bribes, the Lisbon court said.",
    { type: "legal_action", actor: "court", targets: ["silva"] },
  ],
  ["Ana Costa was sentenced to five years by the court.", { type: "legal_action", actor: "court", targets: ["costa"] }],
  [
    "The court heard the case. Rui Silva later received a four-year prison term.",
    { type: "legal_action", actor: "court", targets: ["silva"] },
  ],
  ["Ana Costa filed a petition against Rui Silva.", { type: "legal_action", actor: "costa", targets: ["silva"] }],
  ["Governor Jones filed a complaint against Smith.", { type: "legal_action", actor: "jones", targets: ["smith"] }],
  [
    "The regulator issued a cease and desist order to Radio Norte.",
    { type: "sanction", actor: "regulator", targets: ["station"] },
  ],
  ["The regulator ordered Radio Norte to shut down.", { type: "sanction", actor: "regulator", targets: ["station"] }],
  [
    "Parliament has again denied funding for Smith's plan.",
    { type: "reject", actor: "parliament", targets: ["smith"] },
  ],
  [
    "The regulator refused to give Radio Norte a new licence.",
    { type: "reject", actor: "regulator", targets: ["station"] },
  ],
  ["Russia ordered Polish journalists to leave the country.", { type: "demand", actor: "russia", targets: ["poland"] }],
  ["Germany opposed Poland's proposal on Tuesday.", { type: "reject", actor: "germany", targets: ["poland"] }],
  ["Sweden called for EU action on the border.", { type: "demand", actor: "sweden", targets: ["eu"] }],
  [
    "Sweden called for an investigation into Russia's role in the attack.",
    { type: "demand", actor: "sweden", targets: ["russia"] },
  ],
  [
    "Sweden called on the EU to act. The proposal was promptly backed by Poland.",
    { type: "cooperate", actor: "poland", targets: ["sweden"] },
  ],
  ["Poland endorsed Sweden's plan for the border.", { type: "cooperate", actor: "poland", targets: ["sweden"] }],
];

describe("court outcomes, orders, refusals and calls", () => {
  it.each(FOUND)("%s", (text, want) => {
    const found = responses(text).find((r) => r.type === want.type && r.actor === want.actor);
    expect(found, JSON.stringify(responses(text))).toBeDefined();
    expect(found?.targets).toEqual(want.targets);
  });

  it("gives an appeal to the one named after 'by', against the one the case was against", () => {
    const rs = responses("Rui Silva was found guilty by the court. An appeal by Ana Costa reopened the case.");
    const appeal = rs.find((r) => r.actor === "costa");
    expect(appeal?.type).toBe("legal_action");
    expect(appeal?.targets).toEqual(["silva"]);
  });

  it("guesses no court when the story names none", () => {
    expect(responses("Rui Silva was found guilty of fraud on Friday.")).toEqual([]);
  });
});

describe("look-alikes that are no act of the subject", () => {
  it("'wept when convicted' is no act by the one who wept", () => {
    const rs = responses("The court heard both sides. Rui Silva wept when convicted.");
    expect(rs.filter((r) => r.actor === "silva")).toEqual([]);
  });

  it("'I regret we were not called' admits no wrong", () => {
    const doc = runEventStages(makeDoc('Ana Costa said: "I regret we were not called sooner."', ACTORS));
    expect(doc.responses.filter((r) => r.type === "admit")).toEqual([]);
  });

  it("'admits that he will lose' is a forecast, not an admission", () => {
    const rs = responses("Governor Jones said Smith admits that he will likely lose the case.");
    expect(rs.filter((r) => r.type === "admit")).toEqual([]);
  });

  it("still takes an apology and a regret for a wrong", () => {
    expect(responses("Russia regrets the deaths of Ukrainian crew.").map((r) => r.type)).toContain("admit");
  });

  it("'denied funding' is a refusal, not a denial", () => {
    const doc = runEventStages(makeDoc("Parliament has repeatedly denied funding for Smith's wall.", ACTORS));
    expect(doc.denials).toEqual([]);
    expect(doc.responses.map((r) => r.type)).toEqual(["reject"]);
  });

  it("still takes 'denied any involvement' as a denial", () => {
    const doc = runEventStages(makeDoc("Russia denied any involvement in the attack.", ACTORS));
    expect(doc.denials.map((d) => d.denier)).toEqual(["russia"]);
  });

  it("a passive 'backed by' with no call before it is no endorsement", () => {
    const rs = responses("Rebels backed by Russia took the town.");
    expect(rs.filter((r) => r.type === "cooperate")).toEqual([]);
  });
});

describe("what an accusation alleges", () => {
  it("'blame him for encouraging X to' tells no demand", () => {
    const doc = makeDoc("Sweden blamed Poland for encouraging farmers to burn the forest.", ACTORS);
    runEventStages(doc);
    expect(doc.accusations.map((a) => a.accused)).toEqual([["poland"]]);
    expect(doc.responses.filter((r) => r.type === "demand")).toEqual([]);
  });
});

describe("a court's verdicts on its own country's people", () => {
  const local = [
    ...ACTORS.filter((a) => a.id !== "court" && a.id !== "silva"),
    { id: "court", names: ["the Lisbon court", "the court"], kind: "organization" as const, affiliation: "portugal" },
    { id: "silva", names: ["Rui Silva", "Silva"], kind: "person" as const, affiliation: "portugal" },
    { id: "portugal", names: ["Portugal"] },
  ];

  it("keeps the defendant as the target, and a later sentence inherits it", () => {
    const doc = makeDoc(
      "Rui Silva was found guilty of fraud, the Lisbon court said. He later received a six-year prison term. An appeal by Ana Costa followed.",
      local,
    );
    const rs = runEventStages(doc).responses.filter((r) => r.type === "legal_action");
    expect(rs.map((r) => [r.actor, r.targets])).toEqual([
      ["court", ["silva"]],
      ["court", ["silva"]],
      ["costa", ["silva"]],
    ]);
  });
});

describe("a state's orders to its own firms", () => {
  it("'the government ordered the station to shut down' targets the station though it is the state's", () => {
    const local = [
      ...ACTORS,
      { id: "norte", names: ["the broadcaster"], kind: "media" as const, affiliation: "poland" },
    ];
    const doc = makeDoc("Poland ordered the broadcaster to shut down on Monday.", local);
    const r = runEventStages(doc).responses.find((x) => x.type === "sanction");
    expect(r?.actor).toBe("poland");
    expect(r?.targets).toEqual(["norte"]);
  });
});
