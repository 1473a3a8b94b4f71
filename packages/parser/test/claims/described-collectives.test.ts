import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a plural subject that a phrase after its noun marks out speaks as a group
// of its own, named by the whole phrase, not as the names inside the phrase, and not as no one.
const speakerOf = (text: string, source: string) => {
  const r = parseArticle(text);
  const claim = r.claims.find((c) => c.source && r.text.slice(c.source.start, c.source.end) === source);
  const actor = r.actors.find((a) => a.id === claim?.speaker);
  return actor ? { kind: actor.kind, name: actor.name } : null;
};

describe("described collectives as speakers", () => {
  it.each([
    [
      "Ann Roe met the mayor of Velmar on Monday. People briefed on the meeting said that it went badly.",
      "People briefed on the meeting",
      "people briefed on the meeting",
    ],
    [
      "The harbour of Velmar was closed. Officials familiar with the plan said the port would reopen in May.",
      "Officials familiar with the plan",
      "officials familiar with the plan",
    ],
    ["Tom Lee lost the vote. Aides to Lee say he is shifting his tack.", "Aides to Lee", "aides to Lee"],
    [
      "The new rule took effect in Velmar. State legislators supporting the rule argued it was needed to stop fraud.",
      "State legislators supporting the rule",
      "state legislators supporting the rule",
    ],
    [
      "The march will cross Velmar. But protest organizers in Velmar say that the rules are too strict.",
      "protest organizers in Velmar",
      "protest organizers in Velmar",
    ],
    [
      "Ann Roe will visit Velmar next week. Officials in both towns insist the visit is safe.",
      "Officials in both towns",
      "officials in both towns",
    ],
  ])("«%s»: the described collective speaks", (text, source, name) => {
    expect(speakerOf(text, source)).toEqual({ kind: "group", name });
  });

  it("leaves a share of a group or a poll of it to other readings", () => {
    const share = parseArticle(
      "Ann Roe leads. But 78 percent of voters in a recent Velmar Times poll said they like Tom Lee.",
    );
    expect(share.actors.some((a) => a.kind === "group" && a.name.includes("voters"))).toBe(false);
    const poll = parseArticle(
      "The vote is close. The new poll of voters in all 50 states revealed that the race is tied.",
    );
    expect(poll.actors.some((a) => a.kind === "group" && a.name.includes("poll"))).toBe(false);
  });

  it("makes no group of an object ('asked officials in Velmar')", () => {
    const r = parseArticle("Ann Roe asked officials in Velmar to wait. She said the port was safe.");
    expect(r.actors.some((a) => a.name.includes("officials in Velmar"))).toBe(false);
  });
});
