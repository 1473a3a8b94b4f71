import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse-article.js";
import { namedResponses } from "./named-attacks.js";

// Invented sentences: a refusal to comment aimed at the reporter who asked (an outlet told asking,
// the outlet that publishes the story), and an interview request refused, read as a decline.

function declinesIn(text: string, source: string | null = null) {
  const parsed = parseArticle({ kind: "record", record: { text, source } });
  const name = (id: string) => parsed.actors.find((a) => a.id === id)?.name;
  return parsed.responses
    .filter((r) => r.type === "decline_comment")
    .map((r) => ({ actor: name(r.actor), targets: r.targets.map(name) }));
}

describe("a decline aimed at the outlet that asked", () => {
  it.each([
    [
      "In an email thread with the Baker campaign, the Daily Star asked several times whether Senator Tom Baker backed the bill, but the campaign refused to answer on multiple occasions.",
      null,
      "Daily Star",
    ],
    [
      "Senator Tom Baker met Governor Lisa Hart on Monday. The Federal Reserve, which keeps data on the banks, declined to comment.",
      "Reuters",
      null,
    ],
  ])("%s", (text, source, target) => {
    const found = declinesIn(text, source);
    expect(found).toHaveLength(1);
    if (target) expect(found[0]?.targets).toEqual([target]);
  });

  it("is the publishing outlet when the story names it and nothing else points elsewhere", () => {
    const text =
      "Senator Tom Baker met Governor Lisa Hart on Monday, Reuters reported. The Federal Reserve, which keeps data on the banks, declined to comment.";
    expect(declinesIn(text, "Reuters")).toContainEqual({ actor: "Federal Reserve", targets: ["Reuters"] });
  });

  it("is not the publishing outlet when a pronoun names the one who asked", () => {
    const text =
      "Senator Tom Baker met Governor Lisa Hart on Monday, Reuters reported. Reporter Paul Green said Tom Baker has not replied to his interview requests.";
    expect(declinesIn(text, "Reuters").flatMap((d) => d.targets)).not.toContain("Reuters");
  });
});

describe("an interview request refused", () => {
  it.each([
    ["Acme Corp hired Lisa Hart in 1999. Lisa Hart, 61, declined multiple requests for an interview for this article."],
    ["Acme Corp hired Lisa Hart in 1999. Lisa Hart declined repeated requests for comment."],
  ])("is a decline to comment, not a rejection: %s", (text) => {
    expect(namedResponses(text, "decline_comment").map((r) => r.actor)).toEqual(["Lisa Hart"]);
    expect(namedResponses(text, "reject")).toEqual([]);
  });
});

describe("facts withheld", () => {
  it.each([
    ["Reporters asked Minister Paul Green about layoffs. Paul Green declined to offer his own figure for layoffs."],
    ["Acme Corp hired Lisa Hart in 1999. Lisa Hart declined to provide a list of venues."],
  ])("is a decline to comment: %s", (text) => {
    expect(namedResponses(text, "decline_comment")).toHaveLength(1);
  });

  it("is no decline when something is given up", () => {
    expect(
      namedResponses("Acme Corp hired Lisa Hart. Lisa Hart refused to give up key information.", "decline_comment"),
    ).toEqual([]);
  });
});
