import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: two candidates
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "lind", kind: "person", names: ["Bo Lind", "Lind"] },
];

function contents(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.content.start, c.content.end));
}

describe("'claim' with a won thing as its object is a taking, not a report", () => {
  it.each([
    ["Okafor won the county caucus, claiming her second victory of the week."],
    ["Lind claimed a narrow victory in the district."],
    ["Okafor claimed the party's nomination on Tuesday night."],
    ["A man claiming allegiance to a banned militia set fire to the depot."],
  ])("%s", (text) => {
    expect(contents(text)).toEqual([]);
  });

  it("a clause whose subject is the won thing is still reported", () => {
    expect(contents("Lind claimed the victory was stolen from him.")).toEqual(["the victory was stolen from him"]);
  });

  it("an owner's name before the noun opens a reported clause", () => {
    expect(contents("Okafor claimed Lind's win was bought with outside money.")).toEqual([
      "Lind's win was bought with outside money",
    ]);
  });
});
