import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents } from "./make-doc.js";

// invented council stories: a name ending in "s" owns with a bare apostrophe ("Jones' accusations"),
// which the tokens leave out, as "Jones's" owns with its own token
const ACTORS = [
  { id: "jones", names: ["Mark Jones", "Jones"], kind: "person" as const },
  { id: "voss", names: ["Lena Voss", "Voss"], kind: "person" as const },
  { id: "usa", names: ["the United States"], kind: "country" as const },
  { id: "iran", names: ["Iran"], kind: "country" as const },
];
const run = (text: string) => parseClaimsAndEvents(text, ACTORS);

describe("a bare apostrophe after a final s", () => {
  it("makes the name the accuser of a nominal accusation, with either apostrophe", () => {
    const straight = run("Mark Jones' accusations that Voss is violating election law were repeated on Monday.");
    expect(accusationPairs(straight), JSON.stringify(straight.accusations)).toEqual(["jones>voss"]);
    const curly = run("On Monday the United States’ allegations that Iran supplied the missiles were rejected.");
    expect(accusationPairs(curly), JSON.stringify(curly.accusations)).toEqual(["usa>iran"]);
  });

  it("makes the name the critic after 'despite'", () => {
    const doc = run("Voss won the vote, despite Jones' allegations of fraud.");
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toEqual(["jones>voss"]);
  });

  it("is no possessive after a name that does not end in s", () => {
    const doc = run("Voss won the vote, despite Iran' allegations of fraud.");
    expect(accusationPairs(doc)).toEqual([]);
  });
});
