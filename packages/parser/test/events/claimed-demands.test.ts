import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents, WORLD } from "./make-doc.js";

// invented sentences: what a speaker says another actor should do is the
// speaker's demand of that actor; the speaker's own side, a question, a
// passive, a guess and a class of people are none
const ACTORS = [
  ...WORLD,
  { id: "wen", names: ["Li Wen", "Wen"], kind: "person" as const, affiliation: "china" },
  { id: "hale", names: ["Senator Ann Hale", "Hale"], kind: "person" as const, affiliation: "usa" },
  { id: "ross", names: ["Tom Ross", "Ross"], kind: "person" as const },
];

function demands(text: string): string[] {
  return parseClaimsAndEvents(text, ACTORS)
    .responses.filter((r) => r.type === "demand")
    .map((r) => `${r.actor}>${r.targets.join(",")}`);
}

describe("demands told inside a claim", () => {
  it.each([
    ["Li Wen said the United States should reduce its patrols in the region.", "wen>usa"],
    ["Li Wen said that Russia must stop its exercises near the border.", "wen>russia"],
    ['"Tom Ross should step aside now," Senator Ann Hale said.', "hale>ross"],
    ["Senator Ann Hale said Tom Ross should not be careless with the files.", "hale>ross"],
    // an act on the subject asked for: the one to be acted on is the target
    ["Senator Ann Hale said Tom Ross should be prosecuted.", "hale>ross"],
  ])("%s", (text, pair) => {
    expect(demands(text)).toContain(pair);
  });

  it.each([
    // the speaker's own country
    "Senator Ann Hale said the United States should lead the talks.",
    // a question asks
    'Li Wen asked: "Should Russia leave the talks?"',
    // a passive that asks no act of anyone: a wish about the subject
    "Li Wen said Tom Ross should be defeated soon.",
    // a guess about the past
    "Senator Ann Hale said Tom Ross must have known about the files.",
    // the subject is not the clause's: a name inside a phrase
    "Senator Ann Hale said the friends of Tom Ross should pay.",
    // a wish the speaker disowns
    "Senator Ann Hale said she does not believe Tom Ross should step aside.",
    // a demand on a condition
    "Senator Ann Hale said Tom Ross should be prosecuted if he lied.",
    // no modal of obligation
    "Senator Ann Hale said Tom Ross will step aside.",
  ])("none in: %s", (text) => {
    expect(demands(text)).toEqual([]);
  });
});
