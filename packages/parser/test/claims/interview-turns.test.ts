import { describe, expect, it } from "vitest";
import { type ActorSpec, claimsAmong } from "./hand-built-doc.js";

// invented transcripts: a reporter's questions and a scientist's answers
const ACTORS: ActorSpec[] = [
  { id: "mara-lindqvist", kind: "person", names: ["Mara Lindqvist", "Lindqvist"] },
  { id: "wikinews", kind: "organization", names: ["Wikinews"] },
];

const INTRO = "Biologist Mara Lindqvist spoke with Wikinews about her work on river otters.\n\n";

describe("a question-and-answer transcript", () => {
  it("makes each answer line a claim of the person its label names", () => {
    const text = `${INTRO}((WN))  Why otters?\n\n((Mara Lindqvist))  I think they tell us how clean a river is. We count them every spring.\n\n((WN))  What comes next?\n\n((Mara Lindqvist))  We will tag young otters along the whole coast.\n`;
    const claims = claimsAmong(text, ACTORS);
    expect(claims.map((c) => [c.speaker, c.content])).toEqual([
      ["mara-lindqvist", "I think they tell us how clean a river is. We count them every spring."],
      ["mara-lindqvist", "We will tag young otters along the whole coast."],
    ]);
  });

  it("goes on with an answer over its unlabelled lines until the next turn", () => {
    const text = `${INTRO}((WN))  Why otters?\n\n((Mara Lindqvist))  They tell us how clean a river is.\n\nSo we count them every spring with volunteers.\n\n((WN))  What comes next?\n\n((Mara Lindqvist))  Tagging.\n`;
    const claims = claimsAmong(text, ACTORS);
    expect(claims.map((c) => c.content)).toContain("So we count them every spring with volunteers.");
    expect(claims.every((c) => c.speaker === "mara-lindqvist")).toBe(true);
  });

  it("reads 'Name:' and initials labels once the transcript has a bracketed label", () => {
    const text = `${INTRO}((WN))  Why otters?\n\nMara Lindqvist: They tell us how clean a river is.\n\n((WN))  What comes next?\n\nML: We will tag young otters along the whole coast.\n`;
    const claims = claimsAmong(text, ACTORS);
    expect(claims.map((c) => [c.speaker, c.cue])).toEqual([
      ["mara-lindqvist", "Mara Lindqvist"],
      ["mara-lindqvist", "ML"],
    ]);
  });

  it("makes no claim of a question, nor of a cue inside it with no speaker", () => {
    const text = `${INTRO}((WN))  You said that otters are shy. Can you describe how you find them?\n\n((Mara Lindqvist))  By their tracks in the mud along the bank.\n`;
    const claims = claimsAmong(text, ACTORS);
    expect(claims.map((c) => c.speaker)).toEqual(["mara-lindqvist"]);
  });

  it("stops at a line of narrative that names the answerer", () => {
    const text = `${INTRO}((WN))  Why otters?\n\n((Mara Lindqvist))  They tell us how clean a river is.\n\nHaving studied rivers for decades, Lindqvist began counting otters in 2010.\n\n((WN))  What comes next?\n\n((Mara Lindqvist))  Tagging young otters.\n`;
    const contents = claimsAmong(text, ACTORS).map((c) => c.content);
    expect(contents).toContain("They tell us how clean a river is.");
    expect(contents).not.toContain("Having studied rivers for decades, Lindqvist began counting otters in 2010.");
  });

  it("takes a 'Name:' label only for a person labelling two lines or more ('Update: ...' is no turn)", () => {
    const text = `${INTRO}((WN))  Why otters?\n\n((Mara Lindqvist))  They tell us how clean a river is.\n\nMara Lindqvist: a photograph taken by a volunteer.\n\nUpdate: the survey of the coast ends in May.\n`;
    const claims = claimsAmong(text, ACTORS);
    expect(claims.map((c) => c.cue)).toEqual(["Mara Lindqvist"]);
    expect(claims.map((c) => c.content)).toEqual(["They tell us how clean a river is."]);
  });
});
