import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a hashtag is a topic or a slogan, no participant.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("hashtags", () => {
  it("name no actor, whatever words they are made of", () => {
    const found = names(
      "Kim Lee tweeted that the #GOPDebate was dull. The hashtag #BlackLivesMatter spread fast. Fans wrote #FeelTheBern, Lee said.",
    );
    expect(found).toContain("Kim Lee");
    for (const tag of ["GOPDebate", "BlackLivesMatter", "FeelTheBern"]) expect(found).not.toContain(tag);
  });
});

describe("a state's name as a hashtag", () => {
  it("is still the state", () => {
    expect(names("Kim Lee wrote: I reject the new #Cuba embargo.")).toContain("Cuba");
  });
});
