import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// A relative introduced later by full name does not take over the bare surname: news style
// names the relative "Laura Okafor" or "Laura" and keeps "Okafor" for the first person named.
describe("a surname two people share", () => {
  const text =
    "Senator Daniel Okafor opened his campaign in Lagos on Monday. " +
    "Okafor's sister Laura Okafor published a memoir about the family last week. " +
    "On Tuesday, Okafor accused Governor Bala Musa of rigging the primary. " +
    "Musa denied the claim.";

  it("keeps the bare surname with the person named first", () => {
    const r = parseArticle(text);
    const laura = r.actors.find((a) => a.name === "Laura Okafor");
    expect(laura?.aliases ?? []).not.toContain("Okafor");
    const daniel = r.actors.find((a) => a.name === "Daniel Okafor");
    expect(daniel?.aliases).toContain("Okafor");
  });

  it("gives the later accusation to the first-named person, not the relative", () => {
    const r = parseArticle(text);
    const acc = r.accusations.find((a) => a.accused.includes("bala-musa"));
    expect(acc?.accuser).toBe("daniel-okafor");
  });

  it("still joins a surname to its only holder", () => {
    const r = parseArticle("Judge Ruth Adeyemi opened the hearing. Adeyemi said the trial would resume on Friday.");
    const judge = r.actors.find((a) => a.name === "Ruth Adeyemi");
    expect(judge?.aliases).toContain("Adeyemi");
  });
});
