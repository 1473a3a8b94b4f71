import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: when nothing in a name's own words ties it to a state,
// the country nearby must be one that sets its scene, not one it acts on.
function affiliationOf(text: string, name: string): string | null {
  const { actors } = parseArticle(text);
  const actor = actors.find((a) => a.name === name);
  expect(actor).toBeDefined();
  return actors.find((a) => a.id === actor?.affiliation)?.name ?? null;
}

describe("the nearest-country fallback for affiliations", () => {
  it("does not give a person the country that flights go 'to'", () => {
    expect(affiliationOf("Airline chief Tom Reed said flights to Peru would stop next month.", "Tom Reed")).toBeNull();
  });

  it("does not give a person the country that strikes fall 'on'", () => {
    expect(affiliationOf("Commander Alan Pike said the strikes on Yemen had ended.", "Alan Pike")).toBeNull();
  });

  it("still takes a country that sets the scene", () => {
    expect(affiliationOf("In Peru, union leader Tom Reed said the strike would go on.", "Tom Reed")).toBe("Peru");
  });

  it("prefers a state qualifying a title in the same sentence to one in the sentence before", () => {
    const text =
      "Argentina protested on Monday. Chile Foreign Minister Ana Ruiz sent a letter to Pedro Soto, the head of the port authority.";
    expect(affiliationOf(text, "Pedro Soto")).toBe("Chile");
  });

  it("does not take a country from a nationality word describing a thing", () => {
    const text =
      "Ships were told to end Peruvian operations by May. Harbour chief Tom Reed said the deadline was short.";
    expect(affiliationOf(text, "Tom Reed")).toBeNull();
  });

  it("still takes a nationality word that describes the named firm", () => {
    const text = "Fishing grew last year. Peruvian firms including Acme Fisheries said exports rose.";
    expect(affiliationOf(text, "Acme Fisheries")).toBe("Peru");
  });

  it("looks past a closing bracket after the nationality word", () => {
    const text =
      'Officials in Chile said "we oppose [the Peruvian] demands". General Tom Reed said the army would hold.';
    expect(affiliationOf(text, "Tom Reed")).toBe("Chile");
  });

  it("does not give a person a country things are compared 'than'", () => {
    const text = "Union leader Tom Reed said wages here grew faster than Peru did.";
    expect(affiliationOf(text, "Tom Reed")).toBeNull();
  });

  it("prefers a country standing alone to one before another person's title in the sentence before", () => {
    const text =
      "It came a day after Peru president Ana Ruiz spoke. According to spokesman Tom Reed, officials in Chile agreed.";
    expect(affiliationOf(text, "Tom Reed")).toBe("Chile");
  });

  it("does not give a person the country leading a force against them", () => {
    const text = "The government of Chile took power after a U.S.-led alliance ousted Tom Reed.";
    expect(affiliationOf(text, "Tom Reed")).toBe("Chile");
  });
});
