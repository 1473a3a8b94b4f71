import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: two persons and a ministry
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "lind", kind: "person", names: ["Bo Lind", "Lind"] },
  { id: "vale", kind: "person", names: ["Cy Vale", "Vale"] },
  { id: "ministry", kind: "organization", names: ["Ferry Ministry"] },
];

function contents(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.content.start, c.content.end));
}

describe("a judgement verb's object that is only whom or what is judged is no claim", () => {
  it("'supported Lind' and 'criticized Lind and Vale' are no claims", () => {
    expect(contents("Okafor supported Lind.")).toEqual([]);
    expect(contents("Okafor criticized Lind and Vale.")).toEqual([]);
  });

  it("'endorsed him' is no claim", () => {
    expect(contents("Lind spoke first. Okafor endorsed him.")).toEqual([]);
  });

  it("'criticized the decision' is no claim", () => {
    expect(contents("Okafor criticized the decision.")).toEqual([]);
  });

  it("a person's deeds or a longer phrase stay", () => {
    expect(contents("Okafor praised Lind's handling of the ferry strike.")).toEqual([
      "Lind's handling of the ferry strike",
    ]);
    expect(contents("Okafor criticized the ferry fares.")).toEqual(["the ferry fares"]);
  });

  it("an organisation's name stays", () => {
    expect(contents("Okafor criticized the Ferry Ministry.")).toEqual(["the Ferry Ministry"]);
  });
});
