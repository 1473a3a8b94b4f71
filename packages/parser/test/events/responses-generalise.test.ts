import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { findResponses } from "../../src/events/find-responses.js";
import type { ResponseType } from "../../src/model.js";
import { makeDoc, WORLD } from "./make-doc.js";

// invented sentences for constructions the response stage used to miss
const ACTORS = [
  ...WORLD,
  { id: "cuba", names: ["Cuba", "Cuban", "Havana"] },
  { id: "turkey", names: ["Turkey", "Turkish", "Ankara"] },
  { id: "syria", names: ["Syria", "Syrian"] },
  { id: "saudi", names: ["Saudi Arabia"] },
  { id: "fighters", names: ["Kurdish fighters", "fighters"], kind: "group" as const },
  { id: "australia", names: ["Australia", "Australian"] },
  { id: "house", names: ["The House", "the House"], kind: "organization" as const, affiliation: "usa" },
  { id: "smith", names: ["President Smith", "Smith"], kind: "person" as const, affiliation: "usa" },
  { id: "minister", names: ["the minister", "The minister"], kind: "person" as const, affiliation: "cuba" },
];

type Row = [string, { type: ResponseType; actor: string; targets: string[] }];

const TABLE: Row[] = [
  ["The US announced new restrictions on flights to Cuba.", { type: "sanction", actor: "usa", targets: ["cuba"] }],
  ["Germany imposed a ban on Iranian airlines.", { type: "sanction", actor: "germany", targets: ["iran"] }],
  ["The House impeached President Smith on Wednesday.", { type: "legal_action", actor: "house", targets: ["smith"] }],
  ["Turkey entered into an agreement with Russia.", { type: "cooperate", actor: "turkey", targets: ["russia"] }],
  ["Putin spoke on the phone with Turkey on Monday.", { type: "cooperate", actor: "putin", targets: ["turkey"] }],
  [
    "Germany increased cooperation with the navies of Sweden and Poland.",
    { type: "cooperate", actor: "germany", targets: ["sweden", "poland"] },
  ],
  ["Russia said it counts on Turkey to act with restraint.", { type: "demand", actor: "russia", targets: ["turkey"] }],
  [
    "Turkey's offensive against Syrian Kurds drew criticism from Germany.",
    { type: "military_action", actor: "turkey", targets: ["syria"] },
  ],
  [
    "Kurdish fighters were killed in Turkish airstrikes on Monday.",
    { type: "military_action", actor: "turkey", targets: ["fighters"] },
  ],
  [
    "Turkey's military offensive in Syria entered its second week.",
    { type: "military_action", actor: "turkey", targets: ["syria"] },
  ],
  [
    "Germany started supporting the government of Ukraine in 2015.",
    { type: "cooperate", actor: "germany", targets: ["ukraine"] },
  ],
  [
    "Australia joined the coalition led by the United States.",
    { type: "cooperate", actor: "australia", targets: ["usa"] },
  ],
  [
    "The United States formed a coalition which was joined by Australia.",
    { type: "cooperate", actor: "australia", targets: ["usa"] },
  ],
  ["Iran threatened the Saudis on Monday.", { type: "threaten", actor: "iran", targets: ["saudi"] }],
];

describe("findResponses on constructions beyond the tuned articles", () => {
  it.each(TABLE)("%s", (text, want) => {
    const doc = makeDoc(text, ACTORS);
    findResponses(doc);
    const got = doc.responses.find((r) => r.type === want.type);
    expect(got, JSON.stringify(doc.responses)).toBeDefined();
    expect(got?.actor).toBe(want.actor);
    expect(got?.targets).toEqual(want.targets);
  });

  it("gives a first-person rejection inside a quote to the quote's speaker", () => {
    const doc = makeDoc("“I strongly reject the new blockade measure,” the minister wrote of the US.", ACTORS);
    findClaims(doc);
    findResponses(doc);
    const got = doc.responses.find((r) => r.type === "reject");
    expect(got?.actor).toBe("minister");
  });

  it("gives a first-person request inside a quote to the quote's speaker", () => {
    const doc = makeDoc("“I count on Turkey to act with restraint,” Putin said.", ACTORS);
    findClaims(doc);
    findResponses(doc);
    const got = doc.responses.find((r) => r.type === "demand");
    expect(got?.actor).toBe("putin");
    expect(got?.targets).toEqual(["turkey"]);
  });

  it("does not read an ordinary phone call about nothing as a ban", () => {
    const doc = makeDoc("Germany announced a plan on Monday.", ACTORS);
    findResponses(doc);
    expect(doc.responses).toEqual([]);
  });

  it("reads 'X should get out', said by a speaker, as the speaker's demand of X", () => {
    for (const text of [
      "Putin said the United States should 'get out of the region'.",
      "“Germany needs to stand by us,” the minister said.",
    ]) {
      const doc = makeDoc(text, ACTORS);
      findClaims(doc);
      findResponses(doc);
      const got = doc.responses.find((r) => r.type === "demand");
      expect(got, `${text} ${JSON.stringify(doc.claims)}`).toBeDefined();
      expect(got?.actor).toBe(text.startsWith("Putin") ? "putin" : "minister");
      expect(got?.targets).toEqual([text.startsWith("Putin") ? "usa" : "germany"]);
    }
  });

  it("does not read 'X should leave' outside anyone's words, or a speaker's own side, as a demand", () => {
    for (const text of ["Russia should leave Ukraine soon.", "Putin said Russia must respect the treaty."]) {
      const doc = makeDoc(text, ACTORS);
      findClaims(doc);
      findResponses(doc);
      expect(doc.responses.filter((r) => r.type === "demand")).toEqual([]);
    }
  });

  it("resolves the pronoun a speaker's demand is addressed to", () => {
    const doc = makeDoc("Germany sent troops to Syria. “They need to stand by us,” the minister said.", ACTORS);
    findClaims(doc);
    findResponses(doc);
    const got = doc.responses.find((r) => r.type === "demand");
    expect(got, JSON.stringify(doc.responses)).toBeDefined();
    expect(got?.actor).toBe("minister");
    expect(got?.targets).toEqual(["germany"]);
  });
});
