import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: "the <surname> administration" is that person's government, and the
// surname alone later in the text is still the person, not the administration.
// the actor of the mention that opens the last occurrence of `at`
const actorOf = (text: string, at: string) => {
  const parsed = parseArticle(text);
  const start = text.lastIndexOf(at);
  const mention = parsed.mentions.find((m) => m.start === start);
  return parsed.actors.find((a) => a.id === mention?.actor);
};

describe("a person's administration beside the person", () => {
  const text =
    "President Maria Okafor met reporters on Monday. The Okafor administration said it would appeal. Okafor denied the claims.";

  it("keeps the lone surname with the person named in full", () => {
    const actor = actorOf(text, "Okafor denied");
    expect(actor?.kind).toBe("person");
    expect(actor?.name).toBe("Maria Okafor");
  });

  it("still reads the administration as an organization of its own", () => {
    const actor = actorOf(text, "Okafor administration");
    expect(actor?.kind).toBe("organization");
    expect(actor?.name).toBe("Okafor administration");
  });

  it("gives the denial to the person", () => {
    const parsed = parseArticle(text);
    const person = parsed.actors.find((a) => a.name === "Maria Okafor");
    expect(parsed.denials.map((d) => d.denier)).toContain(person?.id);
  });
});

describe("a person's campaign", () => {
  const text =
    "Senator Maria Okafor toured Dorval on Monday. The Okafor campaign said it would appeal. Okafor campaign manager Lena Tyler said so too. Okafor denied the claims.";

  it("is an organization of its own, which its staff work for", () => {
    const parsed = parseArticle(text);
    const campaign = actorOf(text, "Okafor campaign said");
    expect(campaign?.kind).toBe("organization");
    expect(campaign?.name).toBe("Okafor campaign");
    expect(parsed.actors.find((a) => a.name === "Lena Tyler")?.affiliation).toBe(campaign?.id);
  });

  it("keeps the lone surname with the person", () => {
    expect(actorOf(text, "Okafor denied")?.name).toBe("Maria Okafor");
  });

  it("is no one's when the word before it is a body or an ordinary word", () => {
    const names = parseArticle("The Senate campaign and the Republican campaign went on in Dorval.").actors.map(
      (a) => a.name,
    );
    expect(names.some((n) => n.endsWith("campaign"))).toBe(false);
  });
});
