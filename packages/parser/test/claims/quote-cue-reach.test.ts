import { describe, expect, it } from "vitest";
import { type ActorSpec, claimsAmong } from "./hand-built-doc.js";

// invented sentences: a quotation's cue before it, past a name that holds a cue word
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Daniel Okafor", "Okafor"] },
  { id: "post", kind: "media", names: ["Harbor Evening Post"] },
  { id: "reports", kind: "media", names: ["Valley Reports"] },
];

const claimsOf = (text: string) => claimsAmong(text, ACTORS);

describe("a quotation's cue past a name with a cue word in it", () => {
  it("reads the cue before a hearer whose name ends in a cue word", () => {
    expect(claimsOf('Okafor told the Harbor Evening Post, "The bridge will reopen within a month."')).toEqual([
      { speaker: "okafor", cue: "told", content: "The bridge will reopen within a month." },
    ]);
    expect(claimsOf('Okafor told Valley Reports: "We never saw the letter before Friday."')).toEqual([
      { speaker: "okafor", cue: "told", content: "We never saw the letter before Friday." },
    ]);
  });
});

describe("'commented' reports what follows it", () => {
  it("introduces a quotation, before or after it", () => {
    expect(claimsOf('Okafor commented, "The council has worked hard on this plan."')).toEqual([
      { speaker: "okafor", cue: "commented", content: "The council has worked hard on this plan." },
    ]);
    expect(claimsOf('"The council has worked hard on this plan," Okafor commented.')).toEqual([
      { speaker: "okafor", cue: "commented", content: "The council has worked hard on this plan" },
    ]);
  });

  it("reports a 'that' clause, but not a topic or a refusal", () => {
    expect(claimsOf("Okafor commented that the council had done well.")).toEqual([
      { speaker: "okafor", cue: "commented", content: "the council had done well" },
    ]);
    expect(claimsOf("Okafor commented on the plan during a briefing.")).toEqual([]);
    expect(claimsOf("Okafor declined to comment on the plan.")).toEqual([]);
  });
});

describe("a hearer and a phrase of time or place between a cue and its unpunctuated quotation", () => {
  it("reads 'told the Post after the vote \"...\"' as the quotation's cue", () => {
    expect(
      claimsOf('Okafor told the Harbor Evening Post after the vote "We never saw the letter. It was hidden."'),
    ).toEqual([{ speaker: "okafor", cue: "told", content: "We never saw the letter. It was hidden." }]);
  });

  it("does not read a clause after 'after' as such a phrase", () => {
    expect(
      claimsOf('Okafor told the Harbor Evening Post after he won "We never saw the letter. It was hidden."'),
    ).not.toContainEqual({ speaker: "okafor", cue: "told", content: "We never saw the letter. It was hidden." });
  });
});

describe("'as X put it' introduces a quotation", () => {
  it("reads 'put it' before a quotation as its cue", () => {
    expect(claimsOf('As Okafor put it: "The bridge will reopen within a month. Nobody doubts it."')).toEqual([
      { speaker: "okafor", cue: "put it", content: "The bridge will reopen within a month. Nobody doubts it." },
    ]);
  });

  it("does not read 'put it' with no quotation as a claim", () => {
    expect(claimsOf("Okafor put it in a drawer before the vote.")).toEqual([]);
  });
});
