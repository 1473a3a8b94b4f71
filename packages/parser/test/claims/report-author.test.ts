import { describe, expect, it } from "vitest";
import { type ActorSpec, claimsAmong } from "./hand-built-doc.js";

// invented sentences: a report described by an adjective that names its author's kind
const ACTORS: ActorSpec[] = [
  { id: "harbor_board", kind: "organization", names: ["Harbor Board"] },
  { id: "house", kind: "organization", names: ["House of Representatives"] },
  { id: "ports_committee", kind: "organization", names: ["Committee on Ports"] },
  { id: "okafor", kind: "person", names: ["Ann Okafor", "Okafor"] },
];

const claimsOf = (text: string) => claimsAmong(text, ACTORS);

describe("a report described as congressional", () => {
  it("speaks for the legislature's committee the story names", () => {
    const text =
      "The Harbor Board hid the leaks, according to a congressional report. " +
      "Ann Okafor, who chairs the House of Representatives Committee on Ports, praised the staff. " +
      "The report cited a memo on the leaks. The board sold two ferries, the report said.";
    expect(claimsOf(text)).toEqual(
      expect.arrayContaining([
        { speaker: "ports_committee", cue: "according to", content: "The Harbor Board hid the leaks" },
        { speaker: "ports_committee", cue: "said", content: "The board sold two ferries" },
      ]),
    );
  });

  it("is the head of its phrase before a time phrase, and the subject of 'said' after a quotation", () => {
    const text =
      "The House Committee on Ports met. The Harbor Board hid the leaks, according to a congressional report on Wednesday. " +
      "“Even the ferry had been sold,” the congressional report said.";
    expect(claimsOf(text)).toEqual([
      { speaker: "ports_committee", cue: "according to", content: "The Harbor Board hid the leaks" },
      { speaker: "ports_committee", cue: "said", content: "Even the ferry had been sold" },
    ]);
  });

  it("speaks for the legislature when no committee of it is named", () => {
    const actors: ActorSpec[] = [
      { id: "harbor_board", kind: "organization", names: ["Harbor Board"] },
      { id: "parliament", kind: "organization", names: ["Parliament"] },
    ];
    const text = "Parliament met on Monday. The Harbor Board hid the leaks, a parliamentary inquiry found.";
    expect(claimsAmong(text, actors)).toEqual([
      { speaker: "parliament", cue: "found", content: "The Harbor Board hid the leaks" },
    ]);
  });
});
