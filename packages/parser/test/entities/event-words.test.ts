import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a historic event, an illness or a holiday named alone is no participant.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("events, illnesses and holidays", () => {
  it.each([
    ["Kim Lee compared the new policy to the Holocaust on Monday.", "Holocaust"],
    ["Kim Lee said doctors in the region fear that Ebola will return next year.", "Ebola"],
    ["Sales at the mall fell sharply the week before Christmas, Kim Lee said.", "Christmas"],
    ["Kim Lee said the costumes for Halloween sold out early.", "Halloween"],
    ["Few of the worst CEOs in history said sorry, Kim Lee wrote.", "CEOs"],
  ])("names no actor: %s", (text, word) => {
    expect(names(text)).not.toContain(word);
    expect(names(text)).toContain("Kim Lee");
  });
});
