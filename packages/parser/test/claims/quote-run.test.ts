import { describe, expect, it } from "vitest";
import { type ActorSpec, claimsAmong } from "./hand-built-doc.js";

// invented people: the speaker is named in full once, later by a surname the entity stage missed
const ACTORS: ActorSpec[] = [
  { id: "reyes", kind: "person", names: ["Dana Reyes"] },
  { id: "marsh", kind: "person", names: ["Tom Marsh", "Marsh"] },
  { id: "quill", kind: "person", names: ["Peter Quill", "Quill"] },
];

const speakersOf = (text: string) => claimsAmong(text, ACTORS).map((c) => c.speaker);

describe("a pronoun that reports the next stretch of quotation goes on with the claim before", () => {
  it("'he said' after a quotation that named others goes on with the one who said the first", () => {
    const text =
      "Dana Reyes opened the forum. Tom Marsh spoke later on the harbor plan. " +
      'Reyes said that voters "should not think Peter Quill will be better for the port." ' +
      '"I think Quill is the same as the last mayor," he said.';
    expect(speakersOf(text)).toEqual(["reyes", "reyes"]);
  });

  it("a person named outside the quotation between the two claims keeps the pronoun", () => {
    const text =
      "Dana Reyes spoke later on the harbor plan. " +
      'Reyes said that voters "should not trust the port board." Tom Marsh disagreed. ' +
      '"I think the board did well," he said.';
    expect(speakersOf(text).at(-1)).toBe("marsh");
  });
});

describe("a pronoun after a quotation of several sentences", () => {
  it("goes on with the subject of the sentence before the quotation, not the one it named last", () => {
    const text =
      "Paul Reyes spoke on Monday. Paul Reyes also took swipes at fellow contender Tom Marsh. " +
      '"Everybody is laughing at the harbor plan. A sad figure!" he wrote.';
    const actors: ActorSpec[] = [
      { id: "reyes", kind: "person", names: ["Paul Reyes"] },
      { id: "marsh", kind: "person", names: ["Tom Marsh"] },
    ];
    expect(claimsAmong(text, actors).map((c) => c.speaker)).toEqual(["reyes"]);
  });
});
