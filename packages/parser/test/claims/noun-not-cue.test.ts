import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: two persons and a ferry line
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "lind", kind: "person", names: ["Bo Lind", "Lind"] },
  { id: "ferries", kind: "organization", names: ["Lakeline Ferries"] },
];

function contents(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.content.start, c.content.end));
}

describe("a cue word that heads a compound noun reports nothing", () => {
  it("'the reality TV show \"The Ferryman\"' is a programme, not a showing", () => {
    expect(contents('Lind, the star of the reality TV show "The Ferryman," said he would run.')).toEqual([
      "he would run",
    ]);
  });

  it("a poll that shows still reports its finding", () => {
    expect(contents("A new poll shows Okafor leading Lind.")).toEqual(["Okafor leading Lind"]);
  });
});

describe("a naming verb's object opens with a word and no preposition but 'as'", () => {
  it("'in the longer term, with its efforts' names nothing", () => {
    expect(
      contents(
        "The dispute may grow in the short or longer term, with its efforts to control a channel through the lakes.",
      ),
    ).toEqual([]);
  });

  it("'a boycott call from a group' names nothing", () => {
    expect(
      contents("The line, targeted by a boycott call from a civil rights group called Fair Fares, said nothing."),
    ).toEqual([]);
  });

  it("'described as \"reckless\"' still reports the label", () => {
    expect(contents('The plan, which Okafor described as "reckless," was dropped.')).toEqual(['as "reckless,"']);
  });
});

describe("after an inverted cue, a description of a person is its speaker, not what was said", () => {
  it("'..., said an official who was briefed' reports no claim of its own", () => {
    expect(
      contents(
        "Okafor warned Lind not to sell the ferries, said an official who was briefed on the talks and spoke anonymously.",
      ),
    ).toEqual(["Lind not to sell the ferries"]);
  });
});

describe("a bare cue form opening a bracket is the writer's aside", () => {
  it("'(think Bo Lind in 2010)' reports nothing", () => {
    expect(contents("A long-shot candidate (think Bo Lind in 2010) can catch fire.")).toEqual([]);
  });
});
