import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: "the network", "the commission", "the court" stand for an actor.
const aliasesOf = (text: string, name: string) => parseArticle(text).actors.find((a) => a.name === name)?.aliases ?? [];

describe("definite descriptions that stand for a named actor", () => {
  it("ties 'the network' and 'the company' to the firm named before", () => {
    const text =
      "Regulators shut Lumen Broadcasting Corporation on Monday. The network went off the air that night, " +
      "and the company said it would appeal.";
    const aliases = aliasesOf(text, "Lumen Broadcasting Corporation");
    expect(aliases).toContain("network");
    expect(aliases).toContain("company");
  });

  it("ties 'the network' to a firm first named by its short name, when its full name comes later", () => {
    const text =
      "Regulators shut Lumenvox on Monday. The network went off the air that night. " +
      "Lumenvox Corporation is the largest broadcaster in the region.";
    expect(aliasesOf(text, "Lumenvox Corporation")).toContain("network");
  });

  it("ties 'the commission' to the body whose name holds that word", () => {
    const text =
      "Halden Air was fined by the Coastal Energy Commission last year. The commission refused to renew the licence.";
    expect(aliasesOf(text, "Coastal Energy Commission")).toContain("commission");
    expect(aliasesOf(text, "Halden Air")).not.toContain("commission");
  });

  it("leaves 'the company' unresolved when no firm is named before it", () => {
    const r = parseArticle("Nobody knew the company had failed until the minister spoke.");
    expect(r.actors.some((a) => a.aliases.includes("company"))).toBe(false);
  });

  it("leaves 'the party' unresolved when two parties are named just before it", () => {
    const text = "The Green Party and the Unity Party met on Friday. Later the party said it would walk out.";
    const r = parseArticle(text);
    expect(r.actors.some((a) => a.aliases.includes("party"))).toBe(false);
  });

  it("does not read 'the network of tunnels' as an actor", () => {
    const text = "Northwave Media reported the raid. Troops destroyed the network of tunnels on Sunday.";
    expect(aliasesOf(text, "Northwave Media")).not.toContain("network");
  });
});

describe("unnamed designated bodies", () => {
  it("makes 'the court' an actor of the article's country", () => {
    const r = parseArticle(
      "Two Belgian officers were tried in Antwerp. Belgian media followed the case. The court found both guilty.",
    );
    const court = r.actors.find((a) => a.aliases.includes("court"));
    expect(court?.kind).toBe("organization");
    expect(r.actors.find((a) => a.id === court?.affiliation)?.name).toBe("Belgium");
  });

  it("ties 'the court' to a court named before it", () => {
    const r = parseArticle(
      "The suit was filed in the Orland District Court on Monday. The court set a hearing for May.",
    );
    expect(r.actors.find((a) => a.name === "Orland District Court")?.aliases).toContain("court");
  });

  it("makes bare 'prosecutors' an actor when the text names a country", () => {
    const r = parseArticle(
      "Belgian officers were charged. Belgium said little. The ruling was appealed by prosecutors.",
    );
    expect(r.actors.some((a) => a.aliases.includes("prosecutors"))).toBe(true);
  });

  it("does not read 'in court' as the court", () => {
    const r = parseArticle("Belgian officers were charged. The case was thrown out of court in Belgium.");
    expect(r.actors.some((a) => a.aliases.includes("court"))).toBe(false);
  });
});
