import { describe, expect, it } from "vitest";
import { namedResponses } from "./named-attacks.js";

// Invented sentences: declines to comment told in more words ("would not discuss", "declined to say
// whether", "did not return calls"), aimed at the one whose matter it is rather than a state named nearby.

const declines = (text: string) => namedResponses(text, "decline_comment");

describe("declines told in more words", () => {
  it("reads 'would not discuss', 'declined to say whether' and 'did not return calls'", () => {
    expect(
      declines(
        "The FBI opened an investigation into Senator Tom Baker in May. A Justice Department spokesman would not discuss the investigation.",
      ),
    ).toContainEqual({ actor: "Justice Department", targets: ["Tom Baker"] });
    expect(
      declines("Acme Corp faced a lawsuit from Mary Rowe. Acme Corp declined to say whether Mary Rowe had been paid."),
    ).toContainEqual({ actor: "Acme Corp", targets: ["Mary Rowe"] });
    expect(
      declines(
        "Governor Lisa Hart praised Senator Tom Baker on Monday. Lisa Hart did not return calls seeking comment.",
      ),
    ).toHaveLength(1);
  });

  it("is no decline in the first person nor without a negation", () => {
    expect(declines('"I have said many times that I wouldn\'t say what Tom Baker said," Lisa Hart said.')).toEqual([]);
    expect(declines("Senator Tom Baker will discuss the budget with Governor Lisa Hart on Monday.")).toEqual([]);
  });
});

describe("whom a decline is aimed at", () => {
  it("is the one an attorney or a spokeswoman speaks for", () => {
    expect(
      declines("The United States opened talks in May. Baker's attorney, Paul Green, declined to comment on Friday."),
    ).toContainEqual({ actor: "Paul Green", targets: ["Baker"] });
    expect(
      declines("The United States opened talks in May. Paul Green, a spokesman for Tom Baker, would not comment."),
    ).toContainEqual({ actor: "Paul Green", targets: ["Tom Baker"] });
  });

  it("is the one named asking or in its topic, not a state named before", () => {
    expect(
      declines("Moscow hosted the talks. The Acme Group did not respond to the Daily Star's request for comment."),
    ).toContainEqual({ actor: "Acme Group", targets: ["Daily Star"] });
    expect(
      declines("Moscow hosted the talks. Lisa Hart declined to comment on Tom Baker's remarks about the budget."),
    ).toContainEqual({ actor: "Lisa Hart", targets: ["Tom Baker"] });
  });
});
