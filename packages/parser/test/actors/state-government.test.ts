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

// Invented sentences: two states named, "the government" is the one whose officials the story is about.
describe("a bare 'the government' in a story naming two states", () => {
  it("is the territory whose own government the story names, not its more-named sovereign", () => {
    const { actors } = parseArticle(
      "Macau officials met on Monday about the casino tax. China said the tax was a local matter. " +
        "China and Portugal signed a trade pact. China also sent a delegation. " +
        "Workers marched to demand that the government cut the tax.",
    );
    const holder = actors.find((a) => a.aliases.includes("government"));
    expect(holder?.name).toBe("Macau");
  });

  it("is country A's in a story about A that names B's government once, before it", () => {
    const { actors } = parseArticle(
      "Chile said on Monday that the copper mine would reopen. Chilean officials visited the mine. " +
        "Peru's government sent two engineers from Peru to Chile. Peru thanked Peru's miners. Peru and Peru's army agreed. " +
        "Chilean police guarded the road, and the government said the mine was safe.",
    );
    expect(actors.find((a) => a.name === "Chile")?.aliases).toContain("government");
    expect(actors.find((a) => a.name === "Peru")?.aliases).not.toContain("government");
  });
});
