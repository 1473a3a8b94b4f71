import { describe, expect, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences for the policy acts a state or a body announces, which the
// blind rounds' foreign-affairs stories told and the lexicon lacked: troops and
// arms sent to a side, allegiance and support declared, protest onsets
// (walkouts, strikes, boycotts, taking to the streets), land seized, tariffs
// and stepped-up sanctions, calls for a suspension, refusals to renew, and
// warnings of consequences.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "lithuania", names: ["Lithuania", "Lithuanian"] },
  { id: "estonia", names: ["Estonia", "Estonian"] },
  { id: "kurds", names: ["the Kurdish militia", "Kurdish militia"], kind: "organization" },
  { id: "rebels", names: ["the Northern Front", "Northern Front"], kind: "organization" },
  { id: "mali", names: ["Mali", "Malian"] },
  { id: "league", names: ["the Ocean League", "Ocean League"], kind: "organization" },
  { id: "party", names: ["the Green Party", "The Green Party"], kind: "organization" },
  { id: "parliament", names: ["the Polish parliament"], kind: "organization", affiliation: "poland" },
  { id: "acme", names: ["Acme Motors", "Acme"], kind: "organization" },
  { id: "smith", names: ["Anna Smith", "Smith"], kind: "person" },
  { id: "union", names: ["the Dockers Union", "The Dockers Union"], kind: "organization" },
];

function responses(text: string) {
  const doc = makeDoc(text, ACTORS);
  findResponses(doc);
  return doc.responses;
}

describe("policy acts announced by a state or a body", () => {
  it.each<[string, WantedResponse]>([
    // troops and arms sent to a side, allegiance and support declared (CAMEO 05x/07x, cooperate)
    [
      "Germany pledged to send 800 troops to Lithuania.",
      { type: "cooperate", actor: "germany", targets: ["lithuania"] },
    ],
    ["Britain will deploy two warships to Estonia.", { type: "cooperate", actor: "uk", targets: ["estonia"] }],
    [
      "Sweden has been training and arming the Kurdish militia.",
      { type: "cooperate", actor: "sweden", targets: ["kurds"] },
    ],
    ["Anna Smith pledged allegiance to the Ocean League.", { type: "cooperate", actor: "smith", targets: ["league"] }],
    ["Poland expressed its support for Ukraine.", { type: "cooperate", actor: "poland", targets: ["ukraine"] }],
    ["Sweden voiced solidarity with Estonia.", { type: "cooperate", actor: "sweden", targets: ["estonia"] }],
    // protest onsets (CAMEO 14x)
    [
      "The Green Party walked out of the session of the Polish parliament.",
      { type: "protest", actor: "party", targets: ["parliament"] },
    ],
    ["The Dockers Union staged a walkout against Acme.", { type: "protest", actor: "union", targets: ["acme"] }],
    ["The Green Party boycotted Acme for a month.", { type: "protest", actor: "party", targets: ["acme"] }],
    ["Protesters took to the streets against Russia.", { type: "protest", actor: "protesters" }],
    ["Protesters flooded the streets against Russia.", { type: "protest", actor: "protesters", targets: ["russia"] }],
    // land seized (CAMEO 19x)
    ["Russia annexed Crimea from Ukraine.", { type: "military_action", actor: "russia", targets: ["ukraine"] }],
    ["The Northern Front seized territory from Mali.", { type: "military_action", actor: "rebels", targets: ["mali"] }],
    // tariffs, controls and sanctions stepped up (CAMEO 163)
    ["The United States announced a new tariff on Iran.", { type: "sanction", actor: "usa", targets: ["iran"] }],
    ["Germany announced tighter controls on Poland.", { type: "sanction", actor: "germany", targets: ["poland"] }],
    ["The European Union stepped up sanctions against Iran.", { type: "sanction", actor: "eu", targets: ["iran"] }],
    // calls, refusals and warnings
    ["Lithuania clamored for a NATO presence, Estonia said.", { type: "demand", actor: "lithuania" }],
    [
      "Anna Smith called for the suspension of the trade deal with China.",
      { type: "demand", actor: "smith", targets: ["china"] },
    ],
    ["Acme declined to join the Ocean League.", { type: "reject", actor: "acme", targets: ["league"] }],
    [
      "Poland warned that Russia would face severe consequences.",
      { type: "threaten", actor: "poland", targets: ["russia"] },
    ],
  ])("%s", (text, want) => {
    expectResponse(responses(text), want);
  });

  it.each([
    // a walk out of a place, not of a meeting; "armed" as an adjective; a decline to comment
    "Anna Smith walked out of the hospital on Monday.",
    "The heavily armed police of Germany stood by.",
    "Germany declined to comment on the talks with Russia.",
  ])("tells no policy act: %s", (text) => {
    const found = responses(text).filter((r) => ["protest", "cooperate", "reject"].includes(r.type));
    expect(found).toEqual([]);
  });

  it.each<[string, string, string]>([
    // a vow or a pledge announces an act; a threat announced is still a threat
    ["Germany vowed to send 300 troops to Lithuania.", "cooperate", "announced"],
    ["Russia said it would threaten Poland with sanctions.", "threaten", "threatened"],
  ])("%s", (text, type, modality) => {
    const found = responses(text).find((r) => r.type === type);
    expect(found?.modality).toBe(modality);
  });
});
