import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// The U.S. states the parse makes acting bodies (organizations), by name.
const actingStates = (text: string) =>
  parseArticle(text)
    .actors.filter((a) => a.kind === "organization" && a.affiliation === "united-states")
    .map((a) => a.name);

// Invented sentences: a state's name is an actor only where its government does something.
describe("a U.S. state acts", () => {
  it.each([
    ["Texas sued the federal government on Monday over the new rule.", "Texas"],
    ["Ohio has appealed the ruling to the Supreme Court, officials said.", "Ohio"],
    ["Michigan certified its election results on Monday.", "Michigan"],
    ["Environmental groups will sue the state of Arizona over the new law.", "Arizona"],
    ["Nevada Attorney General Ann Ward filed a motion on Friday.", "Nevada"],
    ["Oregon's attorney general said the state would not comply.", "Oregon"],
  ])("%s", (text, state) => {
    expect(actingStates(text)).toContain(state);
  });
});

describe("a U.S. state only places or describes", () => {
  it.each([
    ["Iowa is a must-win state for Senator Ted Cruz, aides said.", "Iowa"],
    ["Florida has 99 delegates at stake in the primary on Tuesday.", "Florida"],
    ["The contest in Indiana was much closer than polls had shown.", "Indiana"],
    ["Most Republican voters in Alabama, Georgia and Virginia said they felt betrayed.", "Virginia"],
    ["Republican candidate Texas Senator Ted Cruz argued that the plan would fail.", "Texas"],
    ["Bernie Sanders, the independent Vermont senator, said the system was rigged.", "Vermont"],
    ["The rally was joined by Minnesota Sen. Al Franken on Friday.", "Minnesota"],
    ["Former Florida Gov. Jeb Bush said the debate was unfair.", "Florida"],
    ["The Ohio governor has struggled to win votes outside his state.", "Ohio"],
    ["He thanked the people of his home state of Ohio and the voters who came out.", "Ohio"],
    ["Jo Baker of Columbia, South Carolina says she will vote for Cruz.", "South Carolina"],
    ["Owners from the border state of Texas filed a motion against the plan.", "Texas"],
  ])("%s", (text, state) => {
    expect(actingStates(text)).not.toContain(state);
  });
});

describe("a state named like a given name or a country", () => {
  it("is a place, not a person, alone and not acting", () => {
    const actors = parseArticle("The rally was held by former Virginia governor Jim Gilmore on Friday.").actors;
    expect(actors.map((a) => a.name)).not.toContain("Virginia");
  });

  it("is the state, not the country, listed among other states", () => {
    const actors = parseArticle(
      "Clinton won the primaries in Alabama, Georgia and Tennessee on Tuesday, the Associated Press said.",
    ).actors;
    expect(actors.filter((a) => a.kind === "country").map((a) => a.name)).not.toContain("Georgia");
  });
});
