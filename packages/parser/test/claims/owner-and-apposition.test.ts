import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import type { Mention } from "../../src/model.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented people (a woman and a man by first name) and a body
const ACTORS: ActorSpec[] = [
  { id: "ruth", kind: "person", names: ["Ruth Moss"] },
  { id: "peter", kind: "person", names: ["Peter Moss"] },
  { id: "tim", kind: "person", names: ["Tim Moss"] },
  { id: "wolf", kind: "person", names: ["Karl Wolf", "Wolf"] },
  { id: "guild", kind: "organization", names: ["Ferry Guild", "FG"] },
  { id: "code", kind: "organization", names: ["Harbor Code"] },
];

/** Claims as [speaker, content]; `pronoun` gives a pronoun the actor the entity stage would give it. */
function claims(text: string, pronoun?: [RegExp, string]): [string | null, string][] {
  const doc = handBuiltDoc(text, ACTORS);
  if (pronoun) {
    for (const m of text.matchAll(pronoun[0])) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      doc.mentions.push({ start: at, end, kind: "person", actor: pronoun[1], via: "pronoun" } as Mention);
    }
    doc.mentions.sort((a, b) => a.start - b.start);
  }
  findClaims(doc);
  return doc.claims.map((c) => [c.speaker, text.slice(c.content.start, c.content.end)]);
}

describe("a description's owner or apposition, not the wrong name, speaks", () => {
  it("'his father, <name>, said': the name in apposition speaks, not the one 'his' points at", () => {
    expect(claims("Tim Moss drowned. His father, Peter Moss, said the pier was unsafe.", [/\bHis\b/g, "tim"])).toEqual([
      ["peter", "the pier was unsafe"],
    ]);
  });

  it("'\"...,\" said his mother, <name>': an inverted cue's apposition names the speaker", () => {
    expect(
      claims('Tim Moss drowned. "We will never forget him," said his mother, Ruth Moss.', [/\bhis\b/g, "tim"]),
    ).toEqual([["ruth", "We will never forget him"]]);
  });

  it("'<body>'s <other name> notice alleged': the document speaks for its owner", () => {
    expect(claims("The Ferry Guild's Harbor Code notice alleged the ferry broke the rules.")).toEqual([
      ["guild", "the ferry broke the rules"],
    ]);
  });

  it("a body whose name ends in a document word still speaks for itself", () => {
    expect(claims("Ruth Moss's Harbor Code said the ferry broke the rules.")).toEqual([
      ["code", "the ferry broke the rules"],
    ]);
  });

  it("'the mother said' goes to the woman named before, past a closer man", () => {
    expect(
      claims(
        'A judge sentenced Ruth Moss and Peter Moss. The father said "I love my children." The mother said "I miss them every day."',
      ),
    ).toEqual([
      ["peter", "I love my children."],
      ["ruth", "I miss them every day."],
    ]);
  });

  const QUOTED_NAME =
    'Tim Moss spoke on Monday. Moss said, "They want the code Karl Wolf wrote." He also said, "We will decide soon."';
  const BOTH = [
    ["tim", "They want the code Karl Wolf wrote."],
    ["tim", "We will decide soon."],
  ];

  it("'He also said' after a quote that names someone else goes to the one quoted", () => {
    expect(claims(QUOTED_NAME)).toEqual(BOTH);
  });

  it("... also when the entity stage gave 'He' the name inside the quote", () => {
    expect(claims(QUOTED_NAME, [/\bHe\b/g, "wolf"])).toEqual(BOTH);
  });
  it("'<body> chairman, <name>, said': the name in apposition speaks, not the body that modifies the role", () => {
    expect(claims("The Ferry Guild chairman, Peter Moss, said the pier was unsafe.")).toEqual([
      ["peter", "the pier was unsafe"],
    ]);
  });

  it("'<body> <capitalised title>, <name> (<party>), said': a title and a parenthesis do not hide the name", () => {
    expect(claims("The Ferry Guild Deputy Leader, Peter Moss (FG-North), said the pier was unsafe.")).toEqual([
      ["peter", "the pier was unsafe"],
    ]);
  });

  it("'<body>, <description>, said' keeps the body, and a list of examples is no apposition", () => {
    expect(claims("The Ferry Guild, a harbor charity, said the pier was unsafe.")).toEqual([
      ["guild", "the pier was unsafe"],
    ]);
    expect(claims("Ferry Guild members, including Peter Moss, said the pier was unsafe.")).toEqual([
      ["guild", "the pier was unsafe"],
    ]);
  });

  it("'<name>, <body>'s chairman, said': the apposition describes the subject, who speaks", () => {
    expect(claims("Peter Moss, the Ferry Guild's chairman, said the pier was unsafe.")).toEqual([
      ["peter", "the pier was unsafe"],
    ]);
  });

  it("'<name>, of <body>, <description>, said': two appositions in a row still describe the name before them", () => {
    expect(claims("Peter Moss, of the Ferry Guild, one of the pier's owners, said the pier was unsafe.")).toEqual([
      ["peter", "the pier was unsafe"],
    ]);
    // a fronted phrase is no subject: the apposition still names who speaks
    expect(claims("On Tuesday, the Ferry Guild, a union of boatmen, said the pier was unsafe.")).toEqual([
      ["guild", "the pier was unsafe"],
    ]);
  });

  it("'<name>, <role> of <body> said' without the closing comma: the name in subject place speaks", () => {
    expect(claims("Peter Moss, director of the Ferry Guild said the pier was unsafe.")).toEqual([
      ["peter", "the pier was unsafe"],
    ]);
    // a name inside a fronted phrase is no subject: the role's own holder is not the one met
    expect(
      claims("After talks with Peter Moss, the director of the Ferry Guild said the pier was unsafe.")[0]?.[0],
    ).not.toBe("peter");
  });
});

describe("a phrase after an inverted cue's unnamed speaker", () => {
  it("is no apposition when it reaches a name through a participle and a preposition", () => {
    expect(
      claims('"How much worse could it get?" said a harbor strategist, referring to Karl Wolf.'),
    ).not.toContainEqual(["wolf", "How much worse could it get?"]);
  });

  it("still reads a title before the name as an apposition", () => {
    expect(claims('"We are ready," said his father, retired judge Peter Moss.')).toContainEqual([
      "peter",
      "We are ready",
    ]);
  });
});
