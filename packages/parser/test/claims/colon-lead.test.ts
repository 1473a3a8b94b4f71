import { describe, expect, it } from "vitest";
import { type ActorSpec, claimsAmong } from "./hand-built-doc.js";

// invented sentences: a clause with no cue, a colon, then a quoted sentence
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Daniel Okafor", "Okafor"] },
  { id: "ruritania", kind: "country", names: ["Ruritania"] },
  { id: "chirp", kind: "organization", names: ["Chirp"] },
];

const claimsOf = (text: string) => claimsAmong(text, ACTORS);

describe("a quotation after a colon that ends a clause with no cue", () => {
  it("is the clause subject's, with the clause's verb for its cue", () => {
    expect(claimsOf('Governor Okafor addressed the crowd: "Nobody should take this flood lightly."')).toEqual([
      { speaker: "okafor", cue: "addressed", content: "Nobody should take this flood lightly." },
    ]);
    expect(claimsOf('Okafor quickly took aim at the plan: "It will cost the harbor its ferries."')).toEqual([
      { speaker: "okafor", cue: "took", content: "It will cost the harbor its ferries." },
    ]);
  });

  it("finds the verb past an adverb after its auxiliary, or right after a subject pronoun", () => {
    expect(claimsOf('Okafor has since apologized for the delay: "We should have opened the gates sooner."')).toEqual([
      { speaker: "okafor", cue: "apologized", content: "We should have opened the gates sooner." },
    ]);
    expect(
      claimsOf(
        'Okafor spoke on Monday. In a letter, he praised Ruritania\'s engineers: "They worked through the night."',
      ),
    ).toEqual([{ speaker: "okafor", cue: "praised", content: "They worked through the night." }]);
  });

  it("finds the verb after an apposition set off by commas", () => {
    expect(claimsOf('Okafor, the harbor master, delivered a warning: "Stay away from the docks tonight."')).toEqual([
      { speaker: "okafor", cue: "delivered", content: "Stay away from the docks tonight." },
    ]);
  });

  it("is not a name's that only modifies the subject or sits inside a phrase", () => {
    expect(claimsOf('A ministry Chirp account made an announcement: "Schools will reopen on Monday morning."')).toEqual(
      [],
    );
    expect(
      claimsOf('The talks between Ruritania and its neighbour produced a text: "Both sides will respect it."'),
    ).toEqual([]);
  });

  it("needs a verb before the colon and a sentence of speech after it", () => {
    expect(claimsOf('Okafor and the motto: "Ever onward."')).toEqual([]);
  });
});
