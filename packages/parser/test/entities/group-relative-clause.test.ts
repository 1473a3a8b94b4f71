import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// A group noun followed by a relative clause ("lawyers, who argued") acts in that clause.
describe("a group named with a relative clause takes part", () => {
  it("makes an actor of a group that argues in a who-clause", () => {
    const text =
      "The court heard pleas for mercy from Mr Harrows' lawyers, who argued that he had been ill. " +
      "Judge Mara Tellen sentenced him to ten years.";
    const parsed = parseArticle(text);
    const lawyers = parsed.references.find((m) => text.slice(m.start, m.end).includes("lawyers"));
    expect(lawyers?.kind).toBe("group");
    expect(parsed.actors.some((a) => a.id === lawyers?.actor)).toBe(true);
  });

  it("finds a group that a who-clause says did something", () => {
    const text = "The mayor of Dunvale spoke about the rioters who smashed shop windows on Friday night.";
    const parsed = parseArticle(text);
    const rioters = parsed.references.find((m) => text.slice(m.start, m.end) === "rioters");
    expect(rioters?.kind).toBe("group");
  });

  it("leaves people in general, named with a who-clause, out", () => {
    const text =
      "The senator challenged his rival to name any activists who backed the plan. Voters who stayed home were many.";
    const parsed = parseArticle(text);
    expect(parsed.references.filter((m) => m.kind === "group").map((m) => text.slice(m.start, m.end))).toEqual([]);
  });

  it("leaves a group that only stands in a list, with no clause, out", () => {
    const text = "The fair drew farmers, traders and students from the region.";
    const parsed = parseArticle(text);
    expect(parsed.references.filter((m) => m.kind === "group")).toEqual([]);
  });
});

describe("a group noun that only says what others are", () => {
  it("is no actor of its own when a who-clause follows it", () => {
    const text = "The ministry detained nine men, claiming them to be smugglers, who were planning a raid.";
    const parsed = parseArticle(text);
    expect(parsed.references.some((m) => text.slice(m.start, m.end).includes("smugglers"))).toBe(false);
  });
});

describe("a possessed group with a who-clause", () => {
  it("takes part after an apostrophe-s possessor too", () => {
    const text = "The defendant's lawyers, who asked for leniency, said he had been ill.";
    const parsed = parseArticle(text);
    expect(parsed.references.some((m) => m.kind === "group" && text.slice(m.start, m.end).includes("lawyers"))).toBe(
      true,
    );
  });
});
