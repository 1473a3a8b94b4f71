import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: an unknown word alone at a sentence's start is a name only before its verb.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("lone sentence openers", () => {
  it.each([
    ["Jo Roe lost the vote. Whoopsie! The count was redone on Monday.", "Whoopsie"],
    ["Jo Roe spoke at the hall. Unionised dock workers were there to hear her.", "Unionised"],
  ])("reads «%s» with no name «%s»", (text, word) => {
    expect(names(text)).not.toContain(word);
  });

  it.each([
    ["Zentrix said on Monday that it would appeal.", "Zentrix"],
    ["Vantrex doesn't comment on its clients.", "Vantrex"],
    ["Quorvo chief Ann Lee resigned on Friday.", "Quorvo"],
    ["Brimco and Ostra signed the deal.", "Brimco"],
    ["TelVista sales rose sharply this year.", "TelVista"],
  ])("keeps the name in «%s»", (text, name) => {
    expect(names(text)).toContain(name);
  });
});
