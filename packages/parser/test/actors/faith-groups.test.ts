import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: the followers of a faith, named by the plural, are a group.
const groups = (text: string) =>
  parseArticle(text)
    .actors.filter((a) => a.kind === "group")
    .map((a) => a.name);

describe("faith groups", () => {
  it.each([
    ["The governor proposed a ban on Muslims entering the state.", "Muslims"],
    ["Hindus and Sikhs gathered outside the court on Monday.", "Hindus"],
    ["The senator lost support among evangelicals in the spring.", "Evangelicals"],
    ["The new rule angered Mormons across the region.", "Mormons"],
  ])("finds the group in «%s»", (text, name) => {
    expect(groups(text)).toContain(name);
  });

  it("merges the plural written with and without a capital", () => {
    const found = groups("Evangelicals backed the mayor. Later evangelicals turned against him.");
    expect(found.filter((n) => n === "Evangelicals")).toHaveLength(1);
  });

  it("leaves a name that opens with the plural to the name", () => {
    expect(groups("The march was organised by Christians United for Peace.")).not.toContain("Christians");
  });
});
