import { describe, expect, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences for everyday newswire constructions of whole CAMEO
// families that had no cue: protests gathered at or around a place, protests
// against something and acts "met with protests" (14x), asking for / calling
// for / giving someone until a day to act (10x), opening, performing or
// ordering an investigation (90x), cooperating with, assisting or disclosing
// to an authority (04x/08x), declining an offer (12x), subpoenas for
// documents from someone (17x).
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "smith", names: ["John Smith", "Smith"], kind: "person" },
  { id: "berg", names: ["Anna Berg", "Berg"], kind: "person", affiliation: "sweden" },
  { id: "acme", names: ["Acme Corp", "Acme"], kind: "organization" },
  { id: "senate", names: ["the Senate", "The Senate"], kind: "organization", affiliation: "sweden" },
  { id: "ngo", names: ["Human Rights Watch"], kind: "organization" },
  { id: "unions", names: ["Trade unions", "trade unions"], kind: "group" },
];

function expectOne(text: string, want: WantedResponse): void {
  const doc = makeDoc(text, ACTORS);
  findResponses(doc);
  expectResponse(doc.responses, want);
}

describe("newswire response families", () => {
  it.each<[string, WantedResponse]>([
    // protest (14x)
    ["Thousands of protesters gathered outside the offices of Acme.", { type: "protest", actor: "protesters" }],
    ["Protesters massed outside the Russian embassy.", { type: "protest", actor: "protesters" }],
    ["Trade unions held weeks of protests against Acme.", { type: "protest", actor: "unions", targets: ["acme"] }],
    ["Protesters responded by throwing stones at the police.", { type: "protest", actor: "protesters" }],
    ["Weeks of protests against Acme followed.", { type: "protest", actor: "protesters", targets: ["acme"] }],
    // attacks (19x): rounds fired at someone
    [
      "The police fired rubber bullets at Trade unions.",
      { type: "military_action", actor: "police", targets: ["unions"] },
    ],
    // demand (10x)
    ["Human Rights Watch called for an inquiry into Acme.", { type: "demand", actor: "ngo", targets: ["acme"] }],
    ["Sweden asked for John Smith's resignation.", { type: "demand", actor: "sweden", targets: ["smith"] }],
    [
      "Sweden asked on Friday for the former foreign minister John Smith's resignation.",
      { type: "demand", actor: "sweden", targets: ["smith"] },
    ],
    ["The Senate issued a formal request for documents to Acme.", { type: "demand", actor: "senate" }],
    ["Trade unions called for the bill to be scrapped.", { type: "demand", actor: "unions", targets: ["biden_admin"] }],
    [
      "Trade unions had given Acme until Friday to withdraw the plan.",
      { type: "demand", actor: "unions", targets: ["acme"] },
    ],
    ["Sweden had asked Russia for the files.", { type: "demand", actor: "sweden", targets: ["russia"] }],
    // investigate (90x)
    [
      "The Senate is conducting a criminal investigation into Acme.",
      { type: "investigate", actor: "senate", targets: ["acme"] },
    ],
    ["Sweden opened a criminal inquiry into John Smith.", { type: "investigate", actor: "sweden", targets: ["smith"] }],
    [
      "Putin instructed the security services to investigate Navalny.",
      { type: "investigate", actor: "putin", targets: ["navalny"] },
    ],
    // cooperate (04x / 08x)
    ["Acme helped Sweden with the investigation.", { type: "cooperate", actor: "acme", targets: ["sweden"] }],
    ["Acme is fully cooperating with the Senate.", { type: "cooperate", actor: "acme", targets: ["senate"] }],
    ["Acme voluntarily disclosed the matter to the Senate.", { type: "cooperate", actor: "acme", targets: ["senate"] }],
    ["Acme is assisting the Senate with its inquiry.", { type: "cooperate", actor: "acme", targets: ["senate"] }],
    // reject (12x)
    ["Putin declined Navalny's offer to resign.", { type: "reject", actor: "putin", targets: ["navalny"] }],
    [
      "Putin declined former prime minister Alexei Navalny's offer to resign.",
      { type: "reject", actor: "putin", targets: ["navalny"] },
    ],
    // legal (17x)
    [
      "The Senate issued a subpoena for documents from John Smith.",
      { type: "legal_action", actor: "senate", targets: ["smith"] },
    ],
  ])("%s", (text, want) => expectOne(text, want));

  it.each([
    // gathering at a meeting, a reply or a request of one's own, a law about no one
    "Leaders gathered at the summit in Sweden.",
    // helping someone's cause is no cooperation with an authority
    "Acme was accused of trying to assist Putin's campaign.",
    // an act refused or said impossible is not done; a crowd around a person is no protest
    "It is impossible to conduct an investigation into every firm, Sweden said.",
    "Acme responded by email to Sweden.",
    "Smith asked for more time.",
    // no one acts; a refusal to disclose is no disclosure
    "Nobody is conducting a formal inquiry into Acme.",
    // an act forecast
    "Sweden said more subpoenas are likely for Acme.",
    "Acme cited its refusal to disclose to the Senate documents about Smith.",
  ])("finds no protest, inquiry, disclosure or demand of another in %s", (text) => {
    const doc = makeDoc(text, ACTORS);
    findResponses(doc);
    expect(
      doc.responses.filter(
        (r) =>
          r.type === "protest" ||
          r.type === "investigate" ||
          r.type === "cooperate" ||
          r.type === "legal_action" ||
          r.targets.length > 0,
      ),
    ).toEqual([]);
  });
});

it("finds no request refused", () => {
  const doc = makeDoc("Putin was criticised for refusing to ask for Swedish assistance.", ACTORS);
  findResponses(doc);
  expect(doc.responses.filter((r) => r.type === "demand")).toEqual([]);
});

describe("gathering as protest", () => {
  const crowd = (text: string) => {
    const doc = makeDoc(
      text,
      ACTORS.filter((a) => a.id !== "protesters"),
    );
    findResponses(doc);
    return doc.responses.filter((r) => r.type === "protest");
  };
  it("is no protest around a person", () => {
    expect(
      crowd("Trade unions protested. Officials gathered around John Smith on the stage.").map((r) => r.evidence.start),
    ).toEqual([0]);
  });
  it("is no protest in a story with no protests", () => {
    expect(crowd("Trade unions gathered outside the offices of Acme.")).toEqual([]);
  });
  it("is one when a rally word completes it, or the story told a protest before", () => {
    expect(crowd("Trade unions gathered outside Acme for a rally.").map((r) => r.actor)).toEqual(["unions"]);
    expect(
      crowd("Trade unions protested against Acme. Trade unions gathered outside the offices of Acme.").length,
    ).toBe(2);
  });
});
