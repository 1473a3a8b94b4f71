import { describe, expect, it } from "vitest";
import { namedResponses } from "./named-attacks.js";

// Invented sentences: lobbying someone to act is a demand; shunning someone and a non-endorsement
// are rejections; a refusal to endorse tells no endorsement; a need for strikes tells no strike.

describe("pressure and rejections told in other words", () => {
  it.each([
    ["Senator Tom Baker lobbied Governor Lisa Hart to veto the bill.", "demand", "Tom Baker", "Lisa Hart"],
    ["Governor Lisa Hart shunned Senator Tom Baker during his visit.", "reject", "Lisa Hart", "Tom Baker"],
    [
      "Senator Tom Baker's non-endorsement of presidential nominee Lisa Hart angered delegates.",
      "reject",
      "Tom Baker",
      "Lisa Hart",
    ],
  ])("%s", (text, type, actor, target) => {
    expect(namedResponses(text, type)).toContainEqual({ actor, targets: [target] });
  });

  it("reads no endorsement in a refusal to endorse", () => {
    expect(namedResponses("Tom Baker's refusal to endorse Lisa Hart angered delegates.", "cooperate")).toEqual([]);
  });

  it("reads no strike in a need for strikes", () => {
    expect(
      namedResponses("Lisa Hart's assertion that more airstrikes are needed in Syria drew rebukes.", "military_action"),
    ).toEqual([]);
  });
});
