import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: unnamed but clearly designated collectives that act become group actors.
const groups = (text: string) =>
  parseArticle(text)
    .actors.filter((a) => a.kind === "group")
    .flatMap((a) => a.aliases);

describe("designated groups", () => {
  it("keeps a counted origin in the group's name", () => {
    expect(groups("On Monday, attorneys general from twelve states filed a joint lawsuit.")).toContain(
      "attorneys general from twelve states",
    );
  });

  it("finds a group whose origin phrase stands between it and its verb", () => {
    expect(groups("On Friday, private property owners from the border region filed a motion.")).toContain(
      "private property owners",
    );
  });

  it("reads a capitalised group noun after a lower-case word as the group", () => {
    expect(groups("The regulator shut the station. A number of Senators condemned the order.")).toContain("Senators");
  });

  it("makes a marked-out collective of no named state an actor when it acts", () => {
    expect(
      groups("The head of the agency's internal investigators told the court that checks were skipped."),
    ).toContain("internal investigators");
  });

  it("leaves a bare collective that only is mentioned out", () => {
    expect(groups("No troops were injured in the strike, the statement said.")).toEqual([]);
  });

  it("does not take a comma before a group for a count", () => {
    const aliases = groups("On Friday, protesters marched to the square.");
    expect(aliases).toContain("protesters");
    expect(aliases.some((a) => a.startsWith(","))).toBe(false);
  });
});
