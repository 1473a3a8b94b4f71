import { describe, expect, it } from "vitest";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: meetings, talks, backing and force told in constructions the response cues
// read across (a part of the day inside the clause, a progressive, a noun of backing), and the
// hypotheticals, plans and consequences near them that tell no act.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "okafor", names: ["Governor Ada Okafor", "Okafor"], kind: "person" },
  { id: "lindqvist", names: ["Mayor Per Lindqvist", "Lindqvist"], kind: "person" },
  { id: "haddad", names: ["Senator Rami Haddad", "Haddad"], kind: "person" },
  { id: "norland", names: ["Norland"] },
  { id: "estia", names: ["Estia"] },
  { id: "ap", names: ["the Associated Press", "Associated Press"], kind: "media" },
];

/** Each response of `type` as [actor, targets]. */
function acts(text: string, type: string) {
  return responsesAmong(text, ACTORS)
    .filter((r) => r.type === type)
    .map((r) => [r.actor, r.targets]);
}

describe("a part of the day inside a meeting's clause", () => {
  it.each([
    ["Putin held a joint meeting in the morning with Mr. Navalny and Ms. Psaki.", "putin", ["navalny", "psaki"]],
    ["Putin held private meetings earlier in the day with the top officials from Sweden.", "putin", ["sweden"]],
    ["Mayor Per Lindqvist met later in the afternoon with Governor Ada Okafor.", "lindqvist", ["okafor"]],
  ])("reads %s", (text, actor, targets) => {
    expect(acts(text, "cooperate")).toEqual([[actor, targets]]);
  });

  it.each([
    // the day's part ends the clause: nothing to read across
    "Putin spoke to reporters in the morning.",
    // a part of the day that is no time of the clause
    "Putin held a meeting on the role of the press in the evening news.",
  ])("reads no meeting in %s", (text) => {
    expect(acts(text, "cooperate")).toEqual([]);
  });
});

describe("talks, coordination and arms", () => {
  it.each([
    ["Norland is conducting free trade talks with Estia and Sweden.", "norland", ["estia", "sweden"]],
    ["Norland held lengthy negotiations with Estia.", "norland", ["estia"]],
    ["Norland coordinates in intelligence and military affairs with Estia.", "norland", ["estia"]],
    ["Norland coordinates with Estia on a regular basis.", "norland", ["estia"]],
    ["Russian officials have long been talking with Polish officials about the pipeline.", "russia", ["poland"]],
    ["Norland ships a large amount of defense systems and weapons to Estia.", "norland", ["estia"]],
  ])("reads %s", (text, actor, targets) => {
    expect(acts(text, "cooperate")).toEqual([[actor, targets]]);
  });

  it.each([
    // a noun of coordination is no act told
    "The coordination of Norland with Estia remains poor.",
    // talking with a medium is an interview
    "Putin was talking with the Associated Press.",
    // weapons named, but no one they go to
    "Norland sold weapons for years.",
  ])("reads no cooperation in %s", (text) => {
    expect(acts(text, "cooperate")).toEqual([]);
  });
});

describe("backing and nods as endorsement nouns", () => {
  it.each([
    ["Governor Ada Okafor, who had the backing of Mayor Per Lindqvist, won the primary.", "lindqvist", ["okafor"]],
    ["Governor Ada Okafor has picked up high-profile nods from Mayor Per Lindqvist.", "lindqvist", ["okafor"]],
    ["Senator Rami Haddad praised Lindqvist's support for Governor Ada Okafor.", "lindqvist", ["okafor"]],
    ["Governor Ada Okafor enjoys the support of Senator Rami Haddad.", "haddad", ["okafor"]],
  ])("reads %s", (text, actor, targets) => {
    expect(acts(text, "cooperate")).toEqual([[actor, targets]]);
  });

  it.each([
    // the verb stays a verb
    ["Mayor Per Lindqvist is backing Governor Ada Okafor.", "lindqvist", ["okafor"]],
    // offering support is its own cue
    ["Mayor Per Lindqvist offered support to Governor Ada Okafor.", "lindqvist", ["okafor"]],
  ])("still reads %s", (text, actor, targets) => {
    expect(acts(text, "cooperate")).toEqual([[actor, targets]]);
  });

  it.each([
    // what a possessor owns is backed, not the possessor
    "Mayor Per Lindqvist made his support for Governor Ada Okafor's funding plan clear.",
    // a place, a state: no backing between people
    "Mayor Per Lindqvist repeated his support for a united Norland.",
    // no determiner: a noun of help, no one's endorsement
    "Mayor Per Lindqvist demanded support for Governor Ada Okafor's family.",
    // sought, not had
    "Governor Ada Okafor sought the backing of Mayor Per Lindqvist.",
  ])("reads no backing in %s", (text) => {
    expect(acts(text, "cooperate")).toEqual([]);
  });
});

describe("war declared on a named side", () => {
  it("reads a declaration of war as an attack", () => {
    expect(acts("Norland declared war on Estia in 1991.", "military_action")).toEqual([["norland", ["estia"]]]);
  });

  it.each([
    // a war on no actor
    "Norland declared war on drugs.",
    // a war on a thing done in a place
    "Norland declared war on poverty in Estia.",
  ])("reads no attack in %s", (text) => {
    expect(acts(text, "military_action")).toEqual([]);
  });
});

describe("a joint event of a coordinated subject", () => {
  it.each([
    [
      "Governor Ada Okafor and Senator Rami Haddad held their first joint campaign event on Monday.",
      "okafor",
      ["haddad"],
    ],
    ["Norland and Estia conducted joint military exercises.", "norland", ["estia"]],
  ])("reads %s", (text, actor, targets) => {
    expect(acts(text, "cooperate")).toEqual([[actor, targets]]);
  });

  it("reads no partner where the subject is one", () => {
    expect(acts("Governor Ada Okafor held a joint news briefing.", "cooperate")).toEqual([]);
  });
});
