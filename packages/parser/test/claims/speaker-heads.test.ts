import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: a city that resolves to its country, a body, three people
const ACTORS: ActorSpec[] = [
  { id: "norland", kind: "country", names: ["Norland", "Vesterby"] },
  { id: "harbour_union", kind: "organization", names: ["Harbour Union"] },
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "lind", kind: "person", names: ["Petra Lind", "Lind"] },
  { id: "marsh", kind: "person", names: ["Tom Marsh", "Marsh"] },
  { id: "treaty", kind: "organization", names: ["Ferry Treaty"] },
];

function speakers(text: string): (string | null)[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return doc.claims.map((c) => c.speaker);
}

describe("the speaker of a claim is the person, not a name inside their title", () => {
  it("'The mayor of <place>, <person>, said': the person in apposition speaks", () => {
    expect(speakers("The mayor of Vesterby, Ada Okafor, said the port would reopen.")).toEqual(["okafor"]);
  });

  it("'the director of <place>'s <body>, <person>, said': the person in apposition speaks", () => {
    expect(speakers("The director of Norland's Harbour Union, Petra Lind, said the strike would end.")).toEqual([
      "lind",
    ]);
  });

  it("a body named first still speaks when its appositive is a description", () => {
    expect(speakers("The Harbour Union, a dockers' body, said the strike would end.")).toEqual(["harbour_union"]);
  });

  it("'<person> called <person>'s <thing> \"...\" and said': the first person speaks, not a later name", () => {
    const got = speakers(
      'Tom Marsh called Petra Lind\'s proposed Ferry Treaty "weak" and said he would vote against it.',
    );
    expect(got.at(-1)).toBe("marsh");
  });

  it("a title run still reaches the person: 'Harbour Union press officer Ada Okafor ... and said'", () => {
    const got = speakers("Harbour Union press officer Ada Okafor declined to comment and said the talks had stalled.");
    expect(got).toEqual(["okafor"]);
  });
});
