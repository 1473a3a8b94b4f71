import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: an affiliation comes from the words that tie a name to a state or body.
function affiliations(text: string): Map<string, string | null> {
  const { actors } = parseArticle(text);
  const nameOf = new Map(actors.map((a) => [a.id, a.name]));
  return new Map(actors.map((a) => [a.name, a.affiliation ? (nameOf.get(a.affiliation) ?? null) : null]));
}

describe("affiliations from the words around a name", () => {
  it("distributes a 'respectively' list over the states before it", () => {
    const aff = affiliations(
      "The host and his Danish, Polish and Austrian colleagues, Lars Holm, Anna Nowicka and Karl Brandt, respectively, met in Oslo.",
    );
    expect(aff.get("Lars Holm")).toBe("Denmark");
    expect(aff.get("Anna Nowicka")).toBe("Poland");
    expect(aff.get("Karl Brandt")).toBe("Austria");
  });

  it("serves the first state in a title, not the one the title is 'for'", () => {
    const aff = affiliations("Speaking in Qatar, UK Special Envoy for Sudan Tom Harding said talks would resume.");
    expect(aff.get("Tom Harding")).toBe("United Kingdom");
  });

  it("takes the body a country owns after 'of' as the person's, not the country", () => {
    const aff = affiliations("Dana Holt of the UK's National Fisheries Office said the catch was down.");
    expect(aff.get("Dana Holt")).toBe("National Fisheries Office");
  });

  it("takes the body a country owns after a role's 'of' as the person's", () => {
    const aff = affiliations("Rami Fadel, the head of Egypt's Canal Authority, said ships were waiting.");
    expect(aff.get("Rami Fadel")).toBe("Canal Authority");
  });

  it("ties a lower-case ministry to the state after 'of'", () => {
    const text = "According to the ministry of internal affairs of Moldova, nine people were held.";
    const { actors } = parseArticle(text);
    const ministry = actors.find((a) => a.aliases.some((s) => s.startsWith("ministry of internal affairs")));
    expect(ministry?.kind).toBe("organization");
    expect(actors.find((a) => a.id === ministry?.affiliation)?.code).toBe("MDA");
  });

  it("takes 'chair and spokesperson for X' as X's person, and a party named so as an organization", () => {
    const aff = affiliations("The post was about Mia Lund, the then chair and spokesperson for The Blues, who sued.");
    expect(aff.get("Mia Lund")).toBe("Blues");
  });

  it("prefers the body a role is 'for' to a body named before the role", () => {
    const aff = affiliations(
      "Lena Ostrova, a UN rapporteur for the Office of the UN Special Envoy for Yemen, said so.",
    );
    expect(aff.get("Lena Ostrova")).toBe("Office of the UN Special Envoy for Yemen");
  });

  it("reads 'opposition leader' as a title, not a body", () => {
    const { actors } = parseArticle("Latvian opposition leader Ivo Kalns was detained on Friday.");
    expect(actors.map((a) => a.name)).not.toContain("Latvian opposition");
    expect(actors.find((a) => a.name === "Ivo Kalns")?.title).toBe("Latvian opposition leader");
  });
});

describe("short forms of a long organization name", () => {
  it("joins the tail of one longer name, not a tail two names share", () => {
    const text =
      "The Nordic Court of Appeal ruled on Thursday. The Court of Appeal said the law applies. " +
      "The Royal Air Force and the US Air Force flew. The Air Force said no.";
    const { actors } = parseArticle(text);
    const court = actors.find((a) => a.name === "Nordic Court of Appeal");
    expect(court?.aliases).toContain("Court of Appeal");
    expect(actors.find((a) => a.name === "Royal Air Force")?.aliases).not.toContain("Air Force");
  });
});
