import { describe, expect, it } from "vitest";
import { namedAttacks } from "./named-attacks.js";

// Invented sentences: a killing or a shooting told as a noun names its doer right before it ("the
// police shooting of X", "the ISIS killing of Y") or after "by" ("the shooting of X by police"):
// the act is the doer's on the one named after "of", though "the" opens it.

describe("a killing told as a noun with its doer named", () => {
  it("reads the body right before the killing as its doer", () => {
    expect(
      namedAttacks(
        "Marches spread across Dunmore after the police shooting of Calvin Oduya in May. Police declined to comment.",
      ),
    ).toContainEqual({ actor: "police", targets: ["Calvin Oduya"] });
    expect(
      namedAttacks(
        "Riots followed the police killing of Calvin Oduya in Dunmore. Police said the officer was suspended.",
      ),
    ).toContainEqual({ actor: "police", targets: ["Calvin Oduya"] });
  });

  it("reads the doer after 'by' for a shooting", () => {
    expect(namedAttacks("Riots followed the shooting of Calvin Oduya by police in Dunmore.")).toContainEqual({
      actor: "police",
      targets: ["Calvin Oduya"],
    });
  });

  it("tells nothing of a shooting with no doer named", () => {
    expect(namedAttacks("Riots followed the shooting of Calvin Oduya in Dunmore.")).toEqual([]);
  });
});
