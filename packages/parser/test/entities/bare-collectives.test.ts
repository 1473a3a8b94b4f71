import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

const speakerOf = (text: string, words: string) => {
  const parsed = parseArticle(text);
  const claim = parsed.claims.find((c) => parsed.text.slice(c.content.start, c.content.end).includes(words));
  return parsed.actors.find((a) => a.id === claim?.speaker);
};

// "investigators", "lawmakers", "diplomats" stand for a state after its name ("Brevian
// diplomats"); bare, they are still a collective that speaks or acts as one.
describe("bare collectives of no named state", () => {
  it("makes the speaker of 'Investigators said' a group", () => {
    const text = "A small plane came down near the harbour on Monday. Investigators said the left engine had failed.";
    const speaker = speakerOf(text, "left engine");
    expect(speaker?.name).toBe("investigators");
    expect(speaker?.kind).toBe("group");
  });

  it("makes a group cited by 'according to'", () => {
    const text = "The cargo ship sank in calm water, according to investigators, and its crew was rescued.";
    expect(speakerOf(text, "cargo ship sank")?.name).toBe("investigators");
  });

  it("keeps a group no item names out", () => {
    const text = "Lawmakers were in recess when the storm hit the coast on Monday.";
    expect(parseArticle(text).actors.some((a) => a.name === "lawmakers")).toBe(false);
  });

  it("leaves the noun to a name before it", () => {
    const text = "Brevian Navy forces said the strait would stay open to tankers.";
    const parsed = parseArticle(text);
    expect(parsed.actors.some((a) => a.name === "forces")).toBe(false);
  });
});

// "officials" and "authorities" stand for the article's state; where no state is named they
// still speak as one body.
describe("officials of no named state", () => {
  it("makes 'Authorities said' a group where the story names no state", () => {
    const text = "A fire broke out in a hotel kitchen on Monday. Authorities said two guests were missing.";
    const speaker = speakerOf(text, "two guests");
    expect(speaker?.name).toBe("authorities");
    expect(speaker?.kind).toBe("group");
  });

  it("still gives them to the state the story names", () => {
    const text = "A fire broke out in a hotel in Lyon, France on Monday. Authorities said two guests were missing.";
    expect(speakerOf(text, "two guests")?.kind).toBe("country");
  });
});

// Heads of collectives that do things in the news ("assailants", "counter-protesters"), and
// scholars who speak as one ("some scholars have suggested").
describe("more collective heads", () => {
  it("makes 'assailants' a group", () => {
    const text = "Assailants attacked the depot in the night, the owner of the depot said on Monday.";
    expect(parseArticle(text).actors.some((a) => a.name === "assailants" && a.kind === "group")).toBe(true);
  });

  it("makes scholars who suggest something a claim's speaker", () => {
    const text =
      "The temple stood for a thousand years. Some historians have suggested the temple was built by slaves.";
    expect(speakerOf(text, "built by slaves")?.name).toBe("historians");
  });
});
