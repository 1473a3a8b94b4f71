import { describe, expect, it } from "vitest";
import { namedResponses } from "./named-attacks.js";

// Invented sentences: a body's name that only modifies a title whose holder an apposition names
// ("the party chairwoman, Lisa Hart") stands for that holder as the one an act is aimed at.

describe("a title's holder named in apposition", () => {
  it.each([
    [
      "Senator Tom Baker plans to demand the resignation of the Labour Party chairwoman, Representative Lisa Hart of Ohio.",
      "Lisa Hart",
    ],
    ["Senator Tom Baker called for the dismissal of the Acme Corp chief executive, Paul Green.", "Paul Green"],
  ])("%s", (text, target) => {
    expect(namedResponses(text, "demand").flatMap((r) => r.targets)).toEqual([target]);
  });

  it("keeps the body when no holder is named after its title", () => {
    expect(
      namedResponses("Senator Tom Baker called for the dismissal of the Acme Corp board.", "demand").flatMap(
        (r) => r.targets,
      ),
    ).toEqual(["Acme Corp"]);
  });
});
