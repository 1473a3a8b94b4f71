import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: a person and a ministry
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "ministry", kind: "organization", names: ["Ferry Ministry"] },
];

function said(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => `${c.speaker}: ${text.slice(c.content.start, c.content.end)}`);
}

describe("an infinitive cue in a frame that asserts what follows reports it", () => {
  it.each([
    ["Okafor was quick to point out that the ferry had never sunk.", "okafor: the ferry had never sunk"],
    ["Okafor went out of her way to say that the fares would fall.", "okafor: the fares would fall"],
    ["The Ferry Ministry continued to insist that the harbour was safe.", "ministry: the harbour was safe"],
    ["Okafor took to Twitter to argue that the timetable was a fraud.", "okafor: the timetable was a fraud"],
    ["Okafor continued to assure them that the pier would reopen.", "okafor: the pier would reopen"],
  ])("%s", (text, claim) => {
    expect(said(text)).toEqual([claim]);
  });

  it("other infinitives stay unreported: 'declined to say', 'find a way to acknowledge', no 'that'", () => {
    expect(said("Okafor declined to say that the ferry had sunk.")).toEqual([]);
    expect(said("Okafor must find a way to acknowledge that the fares rose.")).toEqual([]);
    expect(said("Okafor was quick to point out the flaws.")).toEqual([]);
  });
});

describe("cue verbs of emphasis and elaboration", () => {
  it("'underlined that', 'intimated that', 'elaborated' and 'assuring'", () => {
    expect(said("The Ferry Ministry underlined that the pier was closed.")).toEqual(["ministry: the pier was closed"]);
    expect(said("Okafor intimated that the fares would rise.")).toEqual(["okafor: the fares would rise"]);
    expect(said('"The ferry will sail in May," Okafor elaborated.')).toEqual(["okafor: The ferry will sail in May"]);
    expect(said("Okafor is assuring voters she will keep the ferry running.")).toEqual([
      "okafor: she will keep the ferry running",
    ]);
  });
});
