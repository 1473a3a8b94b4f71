import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: two persons
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "lind", kind: "person", names: ["Bo Lind", "Lind"] },
];

function contents(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.content.start, c.content.end));
}

describe("a list after a comma goes on with the content it starts", () => {
  it("a stance verb's object that is a list keeps all its items", () => {
    expect(contents("Okafor touted her plans to widen the port, build two ferries, and cut fares.")).toEqual([
      "her plans to widen the port, build two ferries, and cut fares",
    ]);
    expect(contents("Okafor praised the crews, the pilots and the harbour staff.")).toEqual([
      "the crews, the pilots and the harbour staff",
    ]);
  });

  it("a second predicate or a clause after the comma still ends the object", () => {
    expect(contents("Okafor praised the harbor crews, visited the port and left.")).toEqual(["the harbor crews"]);
    expect(contents("Okafor criticized Lind for the delay, this has been going on and on.")).toEqual([
      "Lind for the delay",
    ]);
  });

  it("the list ends with its last item", () => {
    expect(contents("Okafor praised the crews, the pilots, and the staff, and a week later she left.")).toEqual([
      "the crews, the pilots, and the staff",
    ]);
  });

  it("article-led items after a name are a list, not a gloss on the name", () => {
    expect(contents("Okafor said she and Lind differ on Norway, the ferry deal and the fares.")).toEqual([
      "she and Lind differ on Norway, the ferry deal and the fares",
    ]);
    expect(contents("Okafor said she backed Lind, the harbour master.")).toEqual(["she backed Lind"]);
  });
});

describe("a participle clause after a comma goes on with the reported clause it describes", () => {
  it("a participle that describes the reported fact stays in the content", () => {
    expect(contents("Okafor said the ministry raised $2 million in May, bringing its total to $9 million.")).toEqual([
      "the ministry raised $2 million in May, bringing its total to $9 million",
    ]);
  });

  it("a participle cue or the writer's comment ends the content", () => {
    expect(contents("Okafor said the ferry was late, adding that Lind had known.")).toEqual([
      "the ferry was late",
      "Lind had known",
    ]);
    expect(contents("Okafor said she would not back Lind, reflecting unease in the ministry.")).toEqual([
      "she would not back Lind",
    ]);
  });
});
