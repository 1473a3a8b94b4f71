import { describe, expect, it } from "vitest";
import { type ActorSpec, claimsAmong } from "./hand-built-doc.js";

// invented sentences: "who said" after a main clause whose verb the words before "who" run back over
const ACTORS: ActorSpec[] = [
  { id: "marlow", kind: "person", names: ["Edith Marlow", "Marlow"] },
  { id: "okafor", kind: "person", names: ["Daniel Okafor", "Okafor"] },
  { id: "tribune", kind: "media", names: ["Harbor Tribune"] },
];
const who = (text: string) => claimsAmong(text, ACTORS).map((c) => [c.cue, c.speaker, c.content]);

describe("the antecedent of a relative pronoun after a main clause", () => {
  it("is the name after the main clause's verb, not the main clause's subject", () => {
    expect(who("Marlow made no mention of Okafor, who announced that he would quit the race.")).toContainEqual([
      "announced",
      "okafor",
      "he would quit the race",
    ]);
    expect(who("Marlow has been attacked by Okafor, who said that she had misled the voters.")).toContainEqual([
      "said",
      "okafor",
      "she had misled the voters",
    ]);
  });

  it("keeps a description's own name when no verb stands between them", () => {
    expect(who("Edith Marlow, the embattled mayor, who said that she would stay, left the hall.")).toContainEqual([
      "said",
      "marlow",
      "she would stay",
    ]);
  });
});
