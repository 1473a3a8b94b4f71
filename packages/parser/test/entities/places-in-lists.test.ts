import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: what follows a place in a list is a place; "opposition to" is a stance.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("places and stances", () => {
  it("reads a town's state after it as a place, even one that is a first name", () => {
    expect(names("A judge sentenced a nurse based in Dunmore, Virginia to prison on Monday.")).not.toContain(
      "Virginia",
    );
  });
  it("reads a district named after a located place as a place", () => {
    expect(names("He was held near Norbury, Elm Hill, for carrying a knife.")).not.toContain("Elm Hill");
  });
  it("keeps the person in apposition to a titled place", () => {
    expect(names("The mayor of Lisbon, Rui Costa, said it was sad.")).toContain("Rui Costa");
  });
  it("does not make 'opposition to' a body", () => {
    const text = "British Prime Minister Jo Roe spoke. Critics say the move will foil opposition to his plans.";
    expect(parseArticle(text).actors.some((a) => a.aliases.includes("opposition"))).toBe(false);
  });
});
