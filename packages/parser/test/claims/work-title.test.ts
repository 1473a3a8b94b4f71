import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: two authors
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "lind", kind: "person", names: ["Bo Lind", "Lind"] },
];

function contents(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.content.start, c.content.end));
}

describe("a quoted title of a book, play or show is no claim", () => {
  it.each([
    ['Okafor recalled the crossing in her memoir, "Hard Tides."'],
    ['The play is an adaptation of a show called "Brokers," written by a troupe in Oslo.'],
    ['One winter, according to "Deep Water: Bo Lind and the Lakes" by Ann Berg, Lind sold his boat.'],
  ])("%s", (text) => {
    expect(contents(text)).toEqual([]);
  });

  it("the claim beside a title stays", () => {
    expect(
      contents('In his new book, "Doomed to Sail," and in an interview, Lind said the fares were too high.'),
    ).toEqual(["the fares were too high"]);
  });

  it("speech after a noun of a show is still quoted speech", () => {
    expect(contents('Lind told the audience of the show: "We will win the vote."')).toEqual(["We will win the vote."]);
  });
});
