import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences for the CAMEO verb families and constructions that were
// missing on unseen articles: legal acts beyond arrests and lawsuits (appeals,
// petitions, extradition, charges brought, stays and opinions of a court,
// seizures of websites), pressure as a request, first-person threats in
// quotes, refusals to recognise a result, nominal investigations and acts
// whose doer a participle's "by" names, measures weighed, and rules or powers
// that tell no act.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  {
    id: "court",
    names: ["The appeals court", "the appeals court", "The High Court", "the High Court"],
    kind: "organization",
  },
  { id: "jury", names: ["a grand jury", "grand jury"], kind: "organization" },
  { id: "doj", names: ["the Justice Ministry", "The Justice Ministry"], kind: "organization", affiliation: "moldova" },
  { id: "moldova", names: ["Moldova", "Moldovan"] },
  { id: "smith", names: ["John Smith", "Smith"], kind: "person" },
  { id: "berg", names: ["Anna Berg", "Berg"], kind: "person", affiliation: "sweden" },
  { id: "agency", names: ["the Crime Agency", "The Crime Agency"], kind: "organization", affiliation: "uk" },
  { id: "party", names: ["the Green Party", "The Green Party"], kind: "organization" },
  { id: "acme", names: ["Acme Corp", "Acme"], kind: "organization" },
  { id: "police", names: ["Moldovan police", "the police"], kind: "organization", affiliation: "moldova" },
  { id: "farmers", names: ["Farmers", "farmers"], kind: "group" },
];

function responses(text: string, withClaims = false) {
  const doc = makeDoc(text, ACTORS);
  if (withClaims) findClaims(doc);
  findResponses(doc);
  return doc.responses;
}

function expectOne(text: string, want: WantedResponse, withClaims = false): void {
  expectResponse(responses(text, withClaims), want);
}

describe("response verb families", () => {
  it.each<[string, WantedResponse]>([
    // legal acts (CAMEO 17x): appeals, petitions, extradition, charges brought, a court's stay or opinion
    ["Moldova said it intends to appeal.", { type: "legal_action", actor: "moldova" }],
    ["Acme appealed against Moldova on Friday.", { type: "legal_action", actor: "acme", targets: ["moldova"] }],
    ["The High Court had been petitioned by Acme.", { type: "legal_action", actor: "acme" }],
    ["Acme petitioned the High Court over the ban.", { type: "legal_action", actor: "acme", targets: ["court"] }],
    ["Moldova will seek to extradite John Smith.", { type: "legal_action", actor: "moldova", targets: ["smith"] }],
    [
      "Moldova requested the extradition of John Smith.",
      { type: "legal_action", actor: "moldova", targets: ["smith"] },
    ],
    [
      "The Justice Ministry unsealed new charges against John Smith.",
      { type: "legal_action", actor: "doj", targets: ["smith"] },
    ],
    ["Moldova brought charges against Anna Berg.", { type: "legal_action", actor: "moldova", targets: ["berg"] }],
    ["Prosecutors in Moldova charged the owner of the shop with fraud.", { type: "legal_action", actor: "moldova" }],
    ["The appeals court issued an administrative stay to the order.", { type: "legal_action", actor: "court" }],
    ["The High Court issued an opinion on the ban against Acme.", { type: "legal_action", actor: "court" }],
    ["Moldovan police shut down the website and seized its servers.", { type: "legal_action", actor: "police" }],
    // a nominal legal paper whose doer a participle's "by" names
    [
      "Acme fought a subpoena issued by a grand jury against John Smith.",
      { type: "legal_action", actor: "jury", targets: ["smith"] },
    ],
    // a nominal investigation owned by its doer, of its target
    [
      "It was the Crime Agency's investigation of John Smith.",
      { type: "investigate", actor: "agency", targets: ["smith"] },
    ],
    // pressing someone to act (CAMEO 10x)
    [
      "Moldova would pressure the Russian government to release John Smith.",
      { type: "demand", actor: "moldova", targets: ["russia"] },
    ],
    ["Moldova told Russia to withdraw its troops.", { type: "demand", actor: "moldova", targets: ["russia"] }],
    // refusing to recognise a result (CAMEO 12x); a name coordinated with the subject acts with it
    [
      "Neither the European Union nor the United States would recognise the result in Moldova.",
      { type: "reject", actor: "eu", targets: ["moldova"] },
    ],
    ["Sweden did not accept Moldova's election results.", { type: "reject", actor: "sweden", targets: ["moldova"] }],
    // removing people (CAMEO 174) is a legal act; attacks (CAMEO 19x) beyond bombs and missiles
    ["Moldova deported Anna Berg to Sweden.", { type: "legal_action", actor: "moldova", targets: ["berg"] }],
    ["Moldovan police opened fire on John Smith.", { type: "military_action", actor: "police", targets: ["smith"] }],
    ["Russian troops fired on Ukrainian soldiers.", { type: "military_action", actor: "russia", targets: ["ukraine"] }],
    ["Moldovan police gunned down John Smith.", { type: "military_action", actor: "police", targets: ["smith"] }],
    // asking (CAMEO 10x) and negotiating (CAMEO 04x)
    ["Sweden requested Moldova to return the funds.", { type: "demand", actor: "sweden", targets: ["moldova"] }],
    ["Sweden is negotiating with Moldova over gas.", { type: "cooperate", actor: "sweden", targets: ["moldova"] }],
  ])("%s", (text, want) => expectOne(text, want));

  it.each<[string, WantedResponse]>([
    // first-person threats inside a speaker's words (CAMEO 13x)
    ['"I will totally destroy Moldova," Putin said.', { type: "threaten", actor: "putin", targets: ["moldova"] }],
    [
      '"We will use every power we have to bring to justice John Smith," said Anna Berg.',
      { type: "threaten", actor: "berg", targets: ["smith"] },
    ],
  ])("%s", (text, want) => expectOne(text, want, true));

  it("types an act weighed as a measure considered, not the act", () => {
    const found = responses("Moldova would consider charging John Smith with treason.");
    expect(found.map((r) => [r.type, r.actor, r.modality])).toEqual([["consider_measures", "moldova", "considered"]]);
  });

  it.each([
    // a rule or a power, not an act told
    "A majority of the Senate is needed to impeach an official.",
    "Two witnesses are required to convict a defendant.",
    "Smith is eligible to appeal after ten years.",
    "The Justice Ministry keeps a policy of not charging sitting ministers.",
    // being told to: someone else's order to oneself, with no one named inside the cue
    "Smith was told to leave.",
    // pushed towards a place, not asked to act; collecting signatures, not a court petition
    "Moldova pushed Russia to the brink of war.",
    "The Green Party is petitioning in several other states.",
  ])("finds no act in %s", (text) => {
    expect(responses(text).filter((r) => r.type === "legal_action" || r.type === "demand")).toEqual([]);
  });

  it.each([
    // the appeals court is a body, not an appeal; an appeal for calm is a request
    "The appeals court heard the case on Monday.",
    "Moldova appealed for calm on Monday.",
  ])("finds no appeal in %s", (text) => {
    expect(responses(text).filter((r) => r.type === "legal_action")).toEqual([]);
  });

  it("credits a verdict with no agent to no one when the story names no court, only a ministry", () => {
    const found = responses(
      "The Justice Ministry announced the charges against Smith. Nine others pleaded guilty or were convicted.",
    );
    expect(found.filter((r) => r.evidence.start > 60)).toEqual([]);
  });
});

describe("arrests of people the story does not name", () => {
  it("takes those arrested in a story of protests as the protesters", () => {
    const doc = runEventStages(
      makeDoc(
        "Farmers protested against the Justice Ministry on Monday. Moldovan police blocked the roads. More than 200 people have been arrested since then.",
        ACTORS,
      ),
    );
    const arrests = doc.responses.filter((r) => r.type === "legal_action");
    expect(arrests.map((r) => [r.actor, r.targets])).toEqual([["police", ["farmers"]]]);
  });

  it("takes those its reporter says were arrested in a story of protests as the protesters", () => {
    const doc = runEventStages(
      makeDoc("Farmers protested against Moldova on Monday. Anna Berg said 40 people were arrested overnight.", ACTORS),
    );
    const arrests = doc.responses.filter((r) => r.type === "legal_action");
    expect(arrests.map((r) => [r.actor, r.targets])).toEqual([["berg", ["farmers"]]]);
  });

  it("guesses no one arrested in a story with no protest", () => {
    const doc = runEventStages(
      makeDoc(
        "Moldovan police blocked the roads. More than 200 people have been arrested since then.",
        ACTORS.filter((a) => a.id !== "protesters"),
      ),
    );
    expect(doc.responses.filter((r) => r.type === "legal_action")).toEqual([]);
  });
});

describe("responses kept in the output", () => {
  it("keeps only acts with a target, after the untargeted one has lent its actor to the act coordinated after it", () => {
    const doc = runEventStages(makeDoc("Moldovan police arrested two men and charged Anna Berg with fraud.", ACTORS));
    expect(doc.responses.map((r) => [r.type, r.actor, r.targets])).toEqual([["legal_action", "police", ["berg"]]]);
  });
});
