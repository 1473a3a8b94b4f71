import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: "Jr." and "Sr." belong to the person they follow, with or without a comma.
const actorsOf = (text: string) => parseArticle(text).actors.map((a) => `${a.kind}:${a.name}`);

describe("generational suffixes", () => {
  it("keeps ', Jr.' in the person's name and makes no actor of it", () => {
    const text = "Harold Finch, Jr. spoke in Memphis. Finch said the strike would go on.";
    const r = parseArticle(text);
    expect(r.actors.map((a) => `${a.kind}:${a.name}`)).toEqual(["person:Harold Finch, Jr."]);
    expect(r.actors[0]?.aliases).toContain("Finch");
  });

  it("keeps 'Sr.' without a comma and ', Sr.,' before an apposition", () => {
    expect(actorsOf("Ray Mabus Sr. told reporters he was proud.")).toEqual(["person:Ray Mabus Sr."]);
    expect(actorsOf("John Roberts, Sr., a judge, said no.")).toEqual(["person:John Roberts, Sr."]);
  });
});
