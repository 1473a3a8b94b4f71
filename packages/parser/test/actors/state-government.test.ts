import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: "the government" named bare is the state the article is about.
describe("a bare 'the government'", () => {
  it("is an alias of the article's country, not an actor of its own", () => {
    const { actors } = parseArticle(
      "Norway opened talks with Sweden on Monday. Norway said the ferry line would reopen. " +
        "On Friday the government announced new rules for the port of Bergen.",
    );
    const norway = actors.find((a) => a.name === "Norway");
    expect(norway?.aliases).toContain("government");
    expect(actors.filter((a) => a.aliases.includes("government"))).toHaveLength(1);
  });

  it("stays a party of its own where people are set against it ('anti-government')", () => {
    const { actors } = parseArticle(
      "Norway saw anti-government rallies in Oslo on Monday. Norway said the rallies were calm. " +
        "The government later dropped the new rules.",
    );
    const government = actors.find((a) => a.aliases.includes("government"));
    expect(government?.kind).toBe("organization");
    expect(actors.find((a) => a.id === government?.affiliation)?.name).toBe("Norway");
  });
});

describe("a protest with no target named", () => {
  it("targets the state whose bare 'government' the story names", () => {
    const { actors, responses } = parseArticle(
      "On Sunday, Marta Lind, an opposition candidate, held a rally in Oslo, Norway. " +
        "Norway said the rally was calm. The government closed two roads near the square.",
    );
    const protest = responses.find((r) => r.type === "protest");
    expect(actors.find((a) => a.id === protest?.targets[0])?.name).toBe("Norway");
  });
});
