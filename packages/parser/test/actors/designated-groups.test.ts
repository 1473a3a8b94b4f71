import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: unnamed but clearly designated collectives that act become group actors.
const groups = (text: string) =>
  parseArticle(text)
    .actors.filter((a) => a.kind === "group")
    .flatMap((a) => a.aliases);

describe("designated groups", () => {
  it.each([
    ["Two blasts hit the market; fourteen civilians were killed.", "fourteen civilians"],
    ["The shoppers panicked when the alarm sounded.", "shoppers"],
    ["Later the perpetrators escaped across the river.", "perpetrators"],
    ["Police said 40 suspected users surrendered.", "40 suspected users"],
    ["His legal team appealed the verdict on Monday.", "legal team"],
    ["The bishops gathered in Rome to vote on the rules.", "bishops"],
  ])("finds the collective in «%s»", (text, alias) => {
    expect(groups(text)).toContain(alias);
  });

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

describe("groups that take part without acting where they are named", () => {
  it("takes a group a verb acts on", () => {
    expect(groups("The mayor urged voters to stay home on Sunday.")).toContain("voters");
    expect(groups("The minister warned foreign powers to keep out of the strait.")).toContain("foreign powers");
  });

  it("takes a group whose demands or plans the text names", () => {
    expect(groups("The council rejected the strikers' demands for a new contract.")).toContain("strikers");
  });

  it("takes a definite group the story names twice", () => {
    const text =
      "The bill was one of the demands of the demonstrators, who have filled the square since May. " +
      "Officials met the demonstrators themselves on Friday.";
    expect(groups(text)).toContain("demonstrators");
  });

  it("keeps a group named once in passing out", () => {
    expect(groups("The square is often full of demonstrators in summer.")).toEqual([]);
  });

  it("keeps the group's adjective in its name", () => {
    expect(groups("Several conservative groups organized a march on Saturday.")).toContain(
      "Several conservative groups",
    );
    expect(
      groups("The court sentenced three alleged accomplices in absentia. The alleged accomplices fled."),
    ).toContain("alleged accomplices");
    expect(groups("Police interviewed voters in the town, and voters were angry.")).not.toContain("interviewed voters");
  });
});

describe("officials of a sector", () => {
  it("makes officials a noun marks out a group of their own, not the state", () => {
    const r = parseArticle(
      "Voters in Kestria went to the polls. Local election officials have stated that the count is over.",
    );
    const group = r.actors.find((a) => a.kind === "group");
    expect(group?.name).toBe("election officials");
  });

  it("makes officials of a public service a group where they open the sentence", () => {
    const r = parseArticle(
      "Kestria reported new cases of the fever. Health officials said the clinics would stay open.",
    );
    const claim = r.claims.find((c) => r.text.slice(c.content.start, c.content.end).includes("clinics"));
    expect(r.actors.find((a) => a.id === claim?.speaker)?.name).toBe("health officials");
  });

  it("makes officials of a public service cited by 'according to' a group", () => {
    const r = parseArticle("Two guards were hurt in Kestria on Monday, according to security officials.");
    const claim = r.claims.find((c) => r.text.slice(c.content.start, c.content.end).includes("guards"));
    expect(r.actors.find((a) => a.id === claim?.speaker)?.name).toBe("security officials");
  });

  it("keeps officials a state word marks out as the state", () => {
    const r = parseArticle(
      "Kestria held talks with Norway. Kestrian security officials said the border would stay shut.",
    );
    expect(r.actors.some((a) => a.kind === "group")).toBe(false);
  });
});
