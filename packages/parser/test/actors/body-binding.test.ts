import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: which state a body named bare belongs to, and which named body a bare head word is.
const affiliationOf = (text: string, surface: string) => {
  const r = parseArticle(text);
  const actor = r.actors.find((a) => a.aliases.includes(surface));
  return r.actors.find((a) => a.id === actor?.affiliation)?.name ?? null;
};

describe("bodies named bare", () => {
  it("ties a bare Senate to the country the article is about", () => {
    const text =
      "Kenya's president signed the order on Monday. Kenya has faced protests since. " +
      "The Senate condemned the order on Tuesday.";
    expect(affiliationOf(text, "Senate")).toBe("Kenya");
  });

  it("keeps the Senate American when the article names the United States", () => {
    const text = "Kenya and the United States signed a pact. Kenya hailed it. The Senate approved it on Friday.";
    expect(affiliationOf(text, "Senate")).toBe("United States");
  });

  it("keeps the Senate American when no country is named", () => {
    expect(affiliationOf("The Senate approved the bill on Friday.", "Senate")).toBe("United States");
  });

  it("gives a bare police the state a demonym gives the same noun elsewhere", () => {
    const text =
      "Two Belgian police officers were charged. A Dutch tourist and her Dutch friends " +
      "said the police had failed them, and Dutch media covered the case.";
    expect(affiliationOf(text, "police")).toBe("Belgium");
  });

  it("joins a bare head word to the named body before it that holds it", () => {
    const r = parseArticle("Money came from the U.S. Treasury Department. The Department said nothing.");
    expect(r.actors.some((a) => a.name === "Department")).toBe(false);
    expect(r.actors.find((a) => a.name === "Treasury Department")?.aliases).toContain("Department");
  });
});
