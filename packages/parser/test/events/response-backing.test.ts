import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: backing a candidate ("is backing", "supported", "will support") is
// cooperation with them; a noun's description ("a committee backing X"), a hyphened adjective
// ("Okafor-backed"), a poll's finding and a backing asked of others tell no backer's act.
const ACTORS: ActorSpec[] = [
  { id: "okafor", names: ["Governor Ada Okafor", "Okafor"], kind: "person" },
  { id: "lindqvist", names: ["Mayor Per Lindqvist", "Lindqvist"], kind: "person" },
  { id: "haddad", names: ["Senator Rami Haddad", "Haddad"], kind: "person" },
  { id: "union", names: ["the Dockworkers Union"], kind: "organization" },
  { id: "norland", names: ["Norland"], kind: "country" },
];

function backings(text: string) {
  return runEventStages(makeDoc(text, ACTORS))
    .responses.filter((r) => r.type === "cooperate")
    .map((r) => [r.actor, r.targets]);
}

describe("backing a candidate", () => {
  it.each([
    ["Mayor Per Lindqvist is backing Governor Ada Okafor in the primary.", "lindqvist", "okafor"],
    ["Mayor Per Lindqvist, who previously backed Senator Rami Haddad, spoke on Friday.", "lindqvist", "haddad"],
    ["Mayor Per Lindqvist supports Governor Ada Okafor.", "lindqvist", "okafor"],
    ["Mayor Per Lindqvist has pledged to support Governor Ada Okafor.", "lindqvist", "okafor"],
    ["Mayor Per Lindqvist will back Governor Ada Okafor.", "lindqvist", "okafor"],
  ])("reads %s", (text, actor, target) => {
    expect(backings(text)).toEqual([[actor, [target]]]);
  });

  it.each([
    // a noun's description: the committee backs, not the clause's subject
    "Mayor Per Lindqvist gave money to a committee backing Governor Ada Okafor.",
    // an adjective
    "Mayor Per Lindqvist faces an Okafor-backed challenger, Senator Rami Haddad.",
    // a poll's finding
    "A poll found that 40 percent of voters supported Governor Ada Okafor.",
    "Mayor Per Lindqvist said that many of the delegates backed Governor Ada Okafor.",
    // backing asked of others
    "Mayor Per Lindqvist needs the delegates to support him against Governor Ada Okafor.",
    // a plural subject stands for voters or a party
    "Mayor Per Lindqvist said they support Governor Ada Okafor.",
    // a promise on a condition
    "If Governor Ada Okafor wins the primary, Mayor Per Lindqvist will support her.",
    // "back" as an adverb
    "Mayor Per Lindqvist fired back at Governor Ada Okafor.",
    // a state as backer
    "Norland backed Governor Ada Okafor.",
  ])("reads no backing in %s", (text) => {
    expect(backings(text)).toEqual([]);
  });
});
