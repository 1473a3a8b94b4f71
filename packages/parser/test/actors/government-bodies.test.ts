import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Legislatures and executive bodies named by a bare common name ("the House", "the Knesset")
// are organization actors tied to their country; invented sentences, not corpus text.
const actorOf = (text: string, surface: string) => {
  const r = parseArticle(text);
  const actor = r.actors.find((a) => a.aliases.includes(surface));
  const country = r.actors.find((a) => a.id === actor?.affiliation);
  return { actor, country, all: r.actors };
};

describe("government bodies", () => {
  it("makes a bare 'the House' the US House of Representatives", () => {
    const { actor, country } = actorOf("The House impeached President Trump on Wednesday.", "House");
    expect(actor?.kind).toBe("organization");
    expect(actor?.name).toBe("House of Representatives");
    expect(country?.name).toBe("United States");
  });

  it("reads 'the US House' as the same body", () => {
    const { actor } = actorOf("The US House voted on Friday, officials said.", "US House");
    expect(actor?.name).toBe("House of Representatives");
  });

  it("keeps the British houses British, not the US House", () => {
    const { actor, country } = actorOf("The House of Commons voted on the deal late on Monday.", "House of Commons");
    expect(actor?.kind).toBe("organization");
    expect(country?.name).toBe("United Kingdom");
  });

  it("ties the Knesset and the Rada to their countries", () => {
    expect(actorOf("The Knesset dissolved itself on Tuesday.", "Knesset").country?.name).toBe("Israel");
    expect(actorOf("The Rada passed the law, officials said.", "Rada").country?.name).toBe("Ukraine");
  });

  it("affiliates a demonym-qualified parliament to the demonym's country", () => {
    const { actor, country } = actorOf("The Iraqi parliament voted to expel the troops.", "Iraqi parliament");
    expect(actor?.kind).toBe("organization");
    expect(country?.name).toBe("Iraq");
  });

  it("leaves a bare Parliament unaffiliated when the text names no country", () => {
    const { actor } = actorOf("Parliament approved the budget on Tuesday, the minister said.", "Parliament");
    expect(actor?.kind).toBe("organization");
    expect(actor?.affiliation ?? null).toBeNull();
  });

  it("ties a bare Parliament to the country the article is most about", () => {
    const text =
      "Germany said on Monday that Germany would raise taxes. " +
      "The plan was announced after a long night of talks. " +
      "Critics called the move rushed. " +
      "Parliament approved the budget on Tuesday, the minister said.";
    expect(actorOf(text, "Parliament").country?.name).toBe("Germany");
  });

  it("does not read a sentence-initial common 'House' as the legislature", () => {
    const r = parseArticle("House prices rose sharply in the capital last year.");
    expect(r.actors.find((a) => a.name === "House of Representatives")).toBeUndefined();
  });

  it("keeps the White House a US organization", () => {
    const { actor, country } = actorOf("The White House said the talks were useful.", "White House");
    expect(actor?.kind).toBe("organization");
    expect(country?.name).toBe("United States");
  });
});
