import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: two persons and a ferry line
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Tom Okafor", "Okafor"] },
  { id: "lind", kind: "person", names: ["Bo Lind", "Lind"] },
  { id: "ferries", kind: "organization", names: ["Lakeline Ferries"] },
];

/** Speakers found when the recogniser read the second "Okafor" as a body's name. */
function speakers(text: string): (string | null)[] {
  const doc = handBuiltDoc(text, ACTORS);
  const okafors = doc.mentions.filter((m) => m.actor === "okafor");
  const misread = okafors[okafors.length - 1];
  if (misread) misread.kind = "organization";
  findClaims(doc);
  return doc.claims.map((c) => c.speaker);
}

describe("a person's mention typed as a body's name still stands for the person", () => {
  it("'he' goes to the person whose surname was read as a body's name", () => {
    expect(
      speakers("Bo Lind spoke first. Okafor toured the valley on Monday. He said the bridge would be built."),
    ).toEqual(["okafor"]);
  });

  it("'it' passes over that mention to the body before it", () => {
    expect(
      speakers(
        "Lakeline Ferries raised its prices after Tom Okafor sailed with Okafor's staff. It said fuel cost more.",
      ),
    ).toEqual(["ferries"]);
  });
});
