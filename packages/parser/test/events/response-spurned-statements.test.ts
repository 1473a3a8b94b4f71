import { describe, expect, it } from "vitest";
import { namedResponses } from "./named-attacks.js";

// Invented sentences: a statement rejected ("rejects X's comments", "rebuffed her assertion") and a
// person spurned or rebuffed are rejections aimed at the one who spoke or was spurned.

describe("statements and people rejected", () => {
  it.each([
    ["Governor Lisa Hart rejects Senator Tom Baker's latest comments about immigrants.", "Lisa Hart", "Tom Baker"],
    ["Governor Lisa Hart spurned Senator Tom Baker on Monday.", "Lisa Hart", "Tom Baker"],
    ["Senator Tom Baker rebuffed Governor Lisa Hart at a meeting in May.", "Tom Baker", "Lisa Hart"],
  ])("%s", (text, actor, target) => {
    expect(namedResponses(text, "reject")).toContainEqual({ actor, targets: [target] });
  });

  it("needs someone named after the verb", () => {
    expect(namedResponses("Governor Lisa Hart felt spurned and rebuffed.", "reject")).toEqual([]);
  });
});
