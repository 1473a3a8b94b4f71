import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// People described only by a count ("twelve people") are a group when an act falls on them,
// so the act keeps its target; otherwise they are no participant.
describe("counted people an act falls on", () => {
  it("keeps an arrest's target when the arrested are only counted", () => {
    const text = "French police arrested eleven people in Lyon on Tuesday after a raid on a depot.";
    const parsed = parseArticle(text);
    const group = parsed.actors.find((a) => a.name === "eleven people");
    expect(group?.kind).toBe("group");
    expect(parsed.responses.some((r) => r.type === "legal_action" && r.targets.includes(group?.id ?? ""))).toBe(true);
  });

  it("reads a passive and a count's lead ('at least')", () => {
    const text = "Gunmen stormed a market in Lyon on Sunday. At least 14 men were arrested by French police.";
    const parsed = parseArticle(text);
    const group = parsed.actors.find((a) => a.name === "at least 14 men");
    expect(group?.kind).toBe("group");
    expect(parsed.responses.some((r) => r.targets.includes(group?.id ?? ""))).toBe(true);
  });

  it("makes no actor of counted people no act falls on", () => {
    const text = "The charity in Brevia said it helped 5000 people last year, and eleven people attended the meeting.";
    const parsed = parseArticle(text);
    expect(parsed.actors.filter((a) => a.kind === "group")).toEqual([]);
  });

  it("reads counted people in a story about protesters as those protesters", () => {
    const text =
      "The protesters marched on the parliament in Paris on Friday. French police said 40 people were arrested. " +
      "The protesters said they would return.";
    const parsed = parseArticle(text);
    expect(parsed.actors.some((a) => /people/.test(a.name))).toBe(false);
    const protesters = parsed.actors.find((a) => a.name === "protesters");
    expect(protesters).toBeDefined();
  });

  it("points back at people already counted with a determiner: no new group", () => {
    const text = "Brevian police arrested the three men on Monday.";
    const parsed = parseArticle(text);
    expect(parsed.actors.some((a) => a.name.includes("three men"))).toBe(false);
  });
});
