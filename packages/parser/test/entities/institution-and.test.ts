import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: "and" inside one institution's name, or between two names.
const actorNames = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("'and' in an institution's name", () => {
  it("keeps a field of two common words after 'and' in the name, with its bracketed short form", () => {
    const text = "The Dunmore Department of Forestry and Fire Protection (DunFire) said the blaze was out.";
    const found = parseArticle(text).actors;
    expect(found.map((a) => a.name)).toContain("Dunmore Department of Forestry and Fire Protection");
    expect(found.find((a) => a.name.startsWith("Dunmore Department"))?.aliases).toContain("DunFire");
  });
  it("splits two bodies that each open with an institution's head", () => {
    const names = actorNames("The Institute for Coastal Studies and Center for Water Safety filed suit on Tuesday.");
    expect(names).toEqual(expect.arrayContaining(["Institute for Coastal Studies", "Center for Water Safety"]));
  });
  it("splits two bodies with the same head word", () => {
    const names = actorNames("Staff at Dunmore District Hospital and Kellan District Hospital agreed to share beds.");
    expect(names).toEqual(expect.arrayContaining(["Dunmore District Hospital", "Kellan District Hospital"]));
  });
  it("still splits a university and a second one after a place", () => {
    const names = actorNames("Researchers from the University of Dunmore and Kellan University took part.");
    expect(names).not.toContain("University of Dunmore and Kellan University");
  });
  it("reads the US disease agency's name whole, 'Disease' and 'and' inside it", () => {
    const names = actorNames("The Centers for Disease Control and Prevention said the risk to travellers was low.");
    expect(names).toContain("Centers for Disease Control and Prevention");
    expect(names).not.toContain("Prevention");
  });
});

describe("'for' in an institution's name", () => {
  it("carries a name on past 'for' once a head word and its 'of' opened it", () => {
    const names = actorNames("The Court of Appeals for the Fourth Circuit upheld the fine on Monday.");
    expect(names).toContain("Court of Appeals for the Fourth Circuit");
    expect(names).not.toContain("Court of Appeals");
  });
});
