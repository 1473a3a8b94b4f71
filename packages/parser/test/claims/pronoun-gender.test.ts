import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented people: a woman and a man by first name, one known only by an honorific
const ACTORS: ActorSpec[] = [
  { id: "vance", kind: "person", names: ["Maria Vance", "Vance"] },
  { id: "marsh", kind: "person", names: ["Tom Marsh", "Marsh"] },
  { id: "okoro", kind: "person", names: ["Okoro"] },
];

function speakers(text: string): (string | null)[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return doc.claims.map((c) => c.speaker);
}

describe("a pronoun speaker agrees in gender with the person it stands for", () => {
  it("'she said' after a man named last goes to the woman before him", () => {
    expect(speakers("Maria Vance met Tom Marsh on Monday. She said the port would reopen.")).toEqual(["vance"]);
  });

  it("'he said' after a woman named last goes to the man before her", () => {
    expect(speakers("Tom Marsh visited Maria Vance on Monday. He said the port would reopen.")).toEqual(["marsh"]);
  });

  it("an honorific gives the gender of a person with no known first name", () => {
    expect(speakers("Maria Vance met Mr. Okoro on Monday. She said the port would reopen.")).toEqual(["vance"]);
  });

  it("with no clash the closest person still speaks", () => {
    expect(speakers("Maria Vance met Tom Marsh on Monday. He said the port would reopen.")).toEqual(["marsh"]);
  });

  it("the gender the actor stage learned wins over a name that tells none", () => {
    // "Quill" gives no gender by itself: the actor stage knows her from a description ("the chairwoman")
    const doc = handBuiltDoc("Tom Marsh met Quill Adebayo on Monday. He said the port would reopen.", [
      ...ACTORS,
      { id: "adebayo", kind: "person", names: ["Quill Adebayo", "Adebayo"] },
    ]);
    doc.actorGender = new Map([["adebayo", "f"]]);
    findClaims(doc);
    expect(doc.claims.map((c) => c.speaker)).toEqual(["marsh"]);
  });

  it("without it, a person of unknown gender still fits any pronoun", () => {
    // a sentence between, so the subject of the meeting sentence is not preferred for being its subject
    const text = "Tom Marsh met Quill Adebayo on Monday. The port was closed. He said the port would reopen.";
    const doc = handBuiltDoc(text, [...ACTORS, { id: "adebayo", kind: "person", names: ["Quill Adebayo", "Adebayo"] }]);
    findClaims(doc);
    expect(doc.claims.map((c) => c.speaker)).toEqual(["adebayo"]);
  });
});

describe("a pronoun speaker and a person of unknown gender", () => {
  it("'she said' goes past a person of unknown gender to a woman named in the sentence before", () => {
    expect(
      speakers(
        'Maria Vance recalled rallying her supporters behind Okoro in 2008. "I did not set conditions for Okoro," she said.',
      ),
    ).toEqual(["vance"]);
  });

  it("still takes the person of unknown gender when no fitting person is that close", () => {
    expect(
      speakers(
        "Maria Vance spoke on Monday. The port was shut. The ferries stopped. Okoro arrived. She said it would reopen.",
      ),
    ).toEqual(["okoro"]);
  });
});
