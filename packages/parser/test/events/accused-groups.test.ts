import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a collective that an accusation verb falls on, in any of the verb's
// forms, is a group actor, and the accusation names it as the accused.
const accused = (text: string) => {
  const a = parseArticle(text);
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.accusations.map((x) => `${name(x.accuser)}>${x.accused.map(name).join(",")}`);
};

describe("groups accused", () => {
  it.each([
    ["Senator Alan Moss blames his rivals for the gridlock in the capital.", "Alan Moss>rivals"],
    ["Senator Alan Moss denounced protesters for blocking the roads.", "Alan Moss>protesters"],
    ["Senator Alan Moss slammed journalists for ignoring the story.", "Alan Moss>journalists"],
    ["Senator Alan Moss lambasted his detractors for spreading lies.", "Alan Moss>detractors"],
    ["Senator Alan Moss faulted regulators for the failures at the plant.", "Alan Moss>regulators"],
  ])("makes the group an accusation falls on in «%s» an actor", (text, pair) => {
    expect(accused(text)).toContain(pair);
  });

  it("makes no group of a collective a verb outside the list acts on", () => {
    expect(accused("Senator Alan Moss met protesters outside the hall.")).toEqual([]);
  });
});
