import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse-article.js";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a legal act told as a noun owned by the one it was done to ("after his
// conviction in 2015", "Lind's indictment") is an act on that person, by the story's court for a
// verdict, else by the person's own state; not when the story told such an act on the person
// before (the noun points back to it), nor when it is asked for, nor a belief ("his conviction that").
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "court", names: ["The district court", "the district court"], kind: "organization", affiliation: "poland" },
  { id: "prosecutors", names: ["Polish prosecutors"], kind: "organization", affiliation: "poland" },
  { id: "baker", names: ["Tom Baker", "Baker"], kind: "person", affiliation: "poland" },
  { id: "lind", names: ["Maja Lind", "Lind"], kind: "person", affiliation: "poland" },
];

const legal = (text: string) => responsesAmong(text, ACTORS).filter((r) => r.type === "legal_action");

describe("a legal act owned by the one it was done to", () => {
  it("is the person's own state's act on the possessor", () => {
    // a possessive pronoun needs the parser's pronoun stage: the whole pipeline
    const parsed = parseArticle(
      "Polish businessman Tom Baker spoke in Warsaw on Monday. After his conviction for fraud in Poland in 2015, Baker left.",
      { name: "x.txt", format: "text" },
    );
    expectResponse(parsed.responses, { type: "legal_action", actor: "poland", targets: ["tom-baker"] });
    expectResponse(legal("Maja Lind's indictment in March shocked voters in Warsaw."), {
      type: "legal_action",
      actor: "poland",
      targets: ["lind"],
    });
  });

  it("is the story's court's act when it is a verdict and the story names a court", () => {
    expectResponse(legal("The district court sat on Monday. After Maja Lind's subsequent acquittal, she went home."), {
      type: "legal_action",
      actor: "court",
      targets: ["lind"],
    });
  });

  it("points back to an act on the same person told before", () => {
    const found = legal("Polish prosecutors charged Tom Baker with fraud in May. His indictment shocked voters.");
    expect(found.map((r) => r.actor)).toEqual(["prosecutors"]);
  });

  it("tells an act of another kind than the one told before", () => {
    // a sentence told before is not the conviction it followed
    const found = legal(
      "The district court sentenced Tom Baker to five years in prison on Friday. Since Baker's conviction for fraud last summer, he has stayed in Warsaw.",
    );
    expect(found.map((r) => r.targets)).toEqual([["baker"], ["baker"]]);
    // the same kind of act told before is what the noun points back to
    expect(
      legal(
        "The district court convicted Tom Baker of fraud on Friday. Since Baker's conviction, he has stayed in Warsaw.",
      ),
    ).toHaveLength(1);
  });

  it("tells no act asked for, a belief, or a noun with its preposition", () => {
    expect(legal("Maja Lind called for Tom Baker's prosecution on Monday.")).toEqual([]);
    expect(legal("Tom Baker spoke of his conviction that the vote was fair.")).toEqual([]);
    expect(legal("Maja Lind's report on prosecution was published in Warsaw.")).toEqual([]);
  });
});
