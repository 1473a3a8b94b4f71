import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a firm's name joined by "&", then a title and its holder.
describe("a title after a firm's '&' name", () => {
  it("ends the firm before the title and gives the holder the firm", () => {
    const text = "In a memo, Q&R Freight CEO Dana Wilde said the trucks were late.";
    const actors = parseArticle(text).actors;
    const firm = actors.find((a) => a.name === "Q&R Freight");
    const wilde = actors.find((a) => a.name === "Dana Wilde");
    expect(firm?.kind).toBe("organization");
    expect(wilde?.kind).toBe("person");
    expect(wilde?.affiliation).toBe(firm?.id);
  });

  it("keeps a firm's '&' name whole when no title follows", () => {
    const names = parseArticle("Ferris & Lowe said profits rose in May.").actors.map((a) => a.name);
    expect(names).toContain("Ferris & Lowe");
  });
});

describe("a given name after a body's noun", () => {
  it("reads one first-name word right after a lower-case body noun as the body", () => {
    const text = "The delay was confirmed by the airline Kenza on Monday. Kenza later apologised.";
    const kenza = parseArticle(text).actors.find((a) => a.name === "Kenza");
    expect(kenza?.kind).toBe("organization");
  });

  it("leaves a given name after a noun that may lead people a person", () => {
    const text = "The team Lisa coached won the final on Sunday.";
    const lisa = parseArticle(text).actors.find((a) => a.name === "Lisa");
    expect(lisa?.kind).toBe("person");
  });
});
