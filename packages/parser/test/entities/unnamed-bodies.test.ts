import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// A state's body the story names only by its common noun ("the ministry said", "the interior
// ministry", "police said" in a story naming no state) is an organization of its own, of the
// state the story names more than any other; made on a guess, it is dropped when no item names it.
describe("bodies named only by their common noun", () => {
  const speakerOf = (text: string, words: string) => {
    const parsed = parseArticle(text);
    const claim = parsed.claims.find((c) => parsed.text.slice(c.content.start, c.content.end).includes(words));
    return parsed.actors.find((a) => a.id === claim?.speaker);
  };
  const countryOf = (text: string, id: string | null | undefined) =>
    parseArticle(text).actors.find((a) => a.id === id)?.name;

  it("gives 'the ministry said' a ministry of the story's state", () => {
    const text = "Fuel prices rose in Peru on Monday. The ministry said the rise would pay for new schools.";
    const speaker = speakerOf(text, "new schools");
    expect(speaker?.kind).toBe("organization");
    expect(speaker?.name).toMatch(/ministry/);
    expect(countryOf(text, speaker?.affiliation)).toBe("Peru");
  });

  it("reads a lower-case portfolio ministry as that state's ministry, and 'the ministry' after it as the same", () => {
    const text =
      "Protests spread across Peru on Tuesday. The interior ministry said forty people were held. The ministry said the march was unlawful.";
    const first = speakerOf(text, "forty people");
    expect(first?.name).toMatch(/interior ministry/);
    expect(speakerOf(text, "march was unlawful")?.id).toBe(first?.id);
  });

  it("keeps a named ministry for 'the ministry', and no other ministry's name for a portfolio", () => {
    const text =
      "Peru's Health Ministry reported new cases on Monday. The ministry said the clinics were full. The interior ministry said the curfew would stay.";
    expect(speakerOf(text, "clinics were full")?.name).toBe("Health Ministry");
    expect(speakerOf(text, "curfew would stay")?.name).toMatch(/interior ministry/);
  });

  it("makes no ministry when two states are named as often", () => {
    const text = "Floods hit Peru and Chile on Monday. The ministry said the damage was large.";
    expect(speakerOf(text, "damage was large")).toBeUndefined();
  });

  it("makes a body of no state of 'police said' in a story naming no state", () => {
    const text = "A bomb went off in a market in Kalat on Friday. Police said the bomber had links to a banned group.";
    const speaker = speakerOf(text, "banned group");
    expect(speaker?.name).toBe("police");
    expect(speaker?.kind).toBe("organization");
    expect(speaker?.affiliation).toBeNull();
  });

  it("drops such a body when no item names it", () => {
    const parsed = parseArticle("A bomb went off in a market in Kalat on Friday. Police arrived an hour later.");
    expect(parsed.actors.some((a) => a.name === "police")).toBe(false);
    const ministry = parseArticle("Fuel prices rose in Peru on Monday. A new road to the ministry opened at noon.");
    expect(ministry.actors.some((a) => /ministry/.test(a.name))).toBe(false);
  });
});
