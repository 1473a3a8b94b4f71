import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a governor's official act is the state acting; anything else a governor does is the person's.
const stateActs = (text: string, name: string) =>
  parseArticle(text).actors.some((a) => a.kind === "organization" && a.name === name);

describe("a governor acting in office", () => {
  it("makes the state act when the governor is the subject of an official act", () => {
    expect(stateActs("Kansas Governor Jo Roe declared a state of emergency on Monday.", "Kansas")).toBe(true);
    expect(stateActs("Nebraska Gov. Jo Roe has ordered all schools closed.", "Nebraska")).toBe(true);
    expect(stateActs("The governor of Idaho, Jo Roe, signed the bill on Friday.", "Idaho")).toBe(true);
    expect(stateActs("Kansas Gov. Jo Roe on Monday vetoed the bill.", "Kansas")).toBe(true);
  });
  it("leaves the state a place when the governor speaks, campaigns or is described", () => {
    expect(stateActs("Kansas Governor Jo Roe said the storm was over.", "Kansas")).toBe(false);
    expect(stateActs("Nebraska Gov. Jo Roe suspended his presidential campaign.", "Nebraska")).toBe(false);
    expect(stateActs("The former Idaho governor signed copies of his book.", "Idaho")).toBe(false);
    expect(stateActs("The former governor of Idaho signed copies of his book.", "Idaho")).toBe(false);
  });
});
