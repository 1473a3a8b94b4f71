import { describe, expect, it } from "vitest";
import { namedAttacks } from "./named-attacks.js";

// Invented sentences: violence between people, not war ("punched X in the face", "grabbed X by the
// arm", "police used tear gas against X"), and the figurative uses of the same verbs that are no attack.

describe("blows and grabs between people", () => {
  it("reads a punch, a shove and a grab by the arm of a named person", () => {
    expect(namedAttacks("John Smith punched Tom Baker in the face at the rally on Tuesday.")).toContainEqual({
      actor: "John Smith",
      targets: ["Tom Baker"],
    });
    expect(namedAttacks("At the rally, Mark Jones shoved Lisa Hart toward the exit.")).toContainEqual({
      actor: "Mark Jones",
      targets: ["Lisa Hart"],
    });
    expect(
      namedAttacks("Mark Jones grabbed reporter Lisa Hart by the arm as she tried to ask a question."),
    ).toContainEqual({ actor: "Mark Jones", targets: ["Lisa Hart"] });
  });

  it("is no attack when the verb is a figure of speech", () => {
    expect(namedAttacks("Senator Tom Baker punched back at Governor Lisa Hart on Twitter.")).toEqual([]);
    expect(namedAttacks("Senator Tom Baker kicked off his campaign in Dunmore on Monday.")).toEqual([]);
  });
});
