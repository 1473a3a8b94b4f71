import { describe, expect, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences for common news phrasings of acts that had no cue:
// acquittals, raids of premises, putting someone under
// investigation, a possessed ban, working or collaborating with someone,
// vowing to punish, accepting aid from someone, an inquiry into an attack,
// legal action or proceedings against someone, a warrant for someone's arrest,
// and a nominal act told by its doer's own announcement.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "smith", names: ["John Smith", "Smith"], kind: "person" },
  { id: "acme", names: ["Acme Corp", "Acme"], kind: "organization" },
  {
    id: "fbi",
    names: ["the Federal Bureau of Investigation", "the FBI", "FBI"],
    kind: "organization",
    affiliation: "usa",
  },
  { id: "police", names: ["Swedish police", "Police", "police"], kind: "organization", affiliation: "sweden" },
  { id: "ngo", names: ["Human Rights Watch"], kind: "organization" },
  {
    id: "ministry",
    names: ["the Interior Ministry", "Interior Ministry"],
    kind: "organization",
    affiliation: "poland",
  },
];

function responsesOf(text: string) {
  const doc = makeDoc(text, ACTORS);
  findResponses(doc);
  return doc.responses;
}

describe("common news phrasings", () => {
  it.each<[string, WantedResponse]>([
    ["A Swedish jury acquitted John Smith of fraud.", { type: "legal_action", actor: "sweden", targets: ["smith"] }],
    [
      "Swedish police raided the offices of Acme Corp on Monday.",
      { type: "legal_action", actor: "police", targets: ["acme"] },
    ],
    ["The FBI placed Acme Corp under investigation.", { type: "investigate", actor: "fbi", targets: ["acme"] }],
    ["Germany's ban on Acme Corp angered China.", { type: "sanction", actor: "germany", targets: ["acme"] }],
    ["Acme Corp has been working closely with the FBI.", { type: "cooperate", actor: "acme", targets: ["fbi"] }],
    ["Acme Corp collaborated with Human Rights Watch.", { type: "cooperate", actor: "acme", targets: ["ngo"] }],
    ["Germany vowed to punish Russia.", { type: "threaten", actor: "germany", targets: ["russia"] }],
    [
      "Swedish police announced the arrest of John Smith on Monday.",
      { type: "legal_action", actor: "police", targets: ["smith"] },
    ],
    [
      "The Interior Ministry confirmed the ban on Acme Corp.",
      { type: "sanction", actor: "ministry", targets: ["acme"] },
    ],
    ["Ukraine accepted aid from Poland.", { type: "cooperate", actor: "ukraine", targets: ["poland"] }],
    [
      "Human Rights Watch took legal action against Acme Corp on Monday.",
      { type: "legal_action", actor: "ngo", targets: ["acme"] },
    ],
    [
      "The Interior Ministry opened proceedings against Acme Corp last year.",
      { type: "legal_action", actor: "ministry", targets: ["acme"] },
    ],
    [
      "Sweden issued a warrant for the arrest of John Smith on Monday.",
      { type: "legal_action", actor: "sweden", targets: ["smith"] },
    ],
  ])("%s", (text, want) => {
    expectResponse(responsesOf(text), want);
  });

  it("aims an inquiry into an attack at the attack's doer", () => {
    const found = responsesOf(
      "John Smith stabbed a guard in Stockholm on Saturday. The FBI is investigating the stabbing as terrorism.",
    );
    expectResponse(found, { type: "investigate", actor: "fbi", targets: ["smith"] });
  });

  it("takes an arrest announced with no one named as told before, not a new act", () => {
    const found = responsesOf("Swedish police, announcing the arrest in May, identified him as John Smith.");
    expect(found.filter((r) => r.type === "legal_action")).toEqual([]);
  });

  it("aims no inquiry into a crash at anyone", () => {
    const found = responsesOf("Poland said a plane crashed in Poland. The FBI began investigations of the crash.");
    expect(found.filter((r) => r.type === "investigate" && r.targets.length > 0)).toEqual([]);
  });

  it("takes bringing the case against someone as a case told before, not a new one", () => {
    const found = responsesOf("Human Rights Watch said no prosecutor would bring the case against Acme Corp in May.");
    expect(found.filter((r) => r.type === "legal_action")).toEqual([]);
  });

  it("takes a killing ordered of no one named as no act on anyone the story names", () => {
    const found = responsesOf("Poland ordered the killing of 300,000 pigs. Acme Corp said so.");
    expect(found.filter((r) => r.type === "military_action")).toEqual([]);
  });

  it("takes an arrest reported by others as no act of theirs", () => {
    const found = responsesOf("Human Rights Watch reported the arrest of John Smith.");
    expect(found.filter((r) => r.actor === "ngo")).toEqual([]);
  });
});
