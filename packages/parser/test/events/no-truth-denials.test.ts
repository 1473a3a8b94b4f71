import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: after an accusation, the accused saying "that is
// simply not true" or "there is no truth to the allegations" waves it away; the same words
// with no one accused deny nothing.
function denials(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.denials.map((d) => `${name(d.denier)}: ${a.text.slice(d.evidence.start, d.evidence.end)}`);
}
const ACCUSED = "Harbour Deal\n\nSenator Ray Dunn accused Mayor Tim Cole of rigging the harbour tender.\n\n";

describe("no truth in an allegation", () => {
  it("denies with an adverb before the negation", () => {
    expect(denials(`${ACCUSED}"That is simply not true," Cole said on Friday.`)).toEqual([
      "Tim Cole: That is simply not true",
    ]);
  });

  it("denies when there is no truth to the allegations", () => {
    expect(denials(`${ACCUSED}Cole said there was no truth to the allegations.`)).toHaveLength(1);
  });

  it("denies when the claims have no merit", () => {
    expect(denials(`${ACCUSED}"There is no merit whatsoever in these claims," Cole said.`)).toHaveLength(1);
  });

  it("denies nothing when no one was accused", () => {
    expect(
      denials('Harbour Deal\n\n"That is simply not true of every city," Mayor Tim Cole said of the rising rents.'),
    ).toEqual([]);
  });
});
