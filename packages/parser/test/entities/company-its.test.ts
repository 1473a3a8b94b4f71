import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a name no list knows that owns a firm's things through a later "its".
const kindOf = (text: string, name: string) => parseArticle(text).actors.find((a) => a.name === name)?.kind;

describe("companies found by a later 'its'", () => {
  it("types a subject that owns 'its systems' further on as an organization", () => {
    expect(kindOf("Zentrix said Russian hackers had breached its systems last month.", "Zentrix")).toBe("organization");
  });

  it("leaves a subject a person when a person's pronoun comes first", () => {
    expect(kindOf("Okonkwo said he was told its products were unsafe.", "Okonkwo")).toBe("person");
  });
});
