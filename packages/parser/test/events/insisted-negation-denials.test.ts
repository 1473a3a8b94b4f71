import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents, WORLD } from "./make-doc.js";

// Invented sentences: a claim told with a verb of insisting or countering,
// whose content has the speaker as subject and negates the speaker's own deed,
// counters what is said of the speaker: a denial though the negation is plain
// or passive and no accusation is told. A thought, a plan, a modal or a
// be-form before an adjective negates no deed; "said" alone keeps the old bar.
const ACTORS = [
  ...WORLD,
  { id: "halloran", names: ["Brigid Halloran", "Halloran"], kind: "person" as const },
  { id: "harbour_board", names: ["the Harbour Board", "Harbour Board"], kind: "organization" as const },
];

const denials = (text: string) => {
  const doc = parseClaimsAndEvents(text, ACTORS);
  return doc.denials.map((d) => `${d.denier}: ${doc.text.slice(d.evidence.start, d.evidence.end)}`);
};

describe("a counter-assertion of the speaker's own deed", () => {
  it("reads a plain negated deed after 'insisted'", () => {
    expect(denials("Halloran insisted that she had not paid the inspectors.")).toEqual([
      "halloran: she had not paid the inspectors",
    ]);
  });

  it("reads a negated passive after 'maintained'", () => {
    expect(denials("Halloran maintained she was never consulted about the tender.")).toEqual([
      "halloran: she was never consulted about the tender",
    ]);
  });

  it("reads a body's 'it' after 'countered'", () => {
    expect(denials("The Harbour Board countered that it did not award the contract.")).toEqual([
      "harbour_board: it did not award the contract",
    ]);
  });

  it("keeps the old bar for 'said'", () => {
    expect(denials("Halloran said she had not paid the inspectors.")).toEqual([]);
  });

  it("does not read a thought, a modal or an adjective", () => {
    expect(denials("Halloran insisted she did not want a fight with the board.")).toEqual([]);
    expect(denials("Halloran insisted she would not resign.")).toEqual([]);
    expect(denials("Halloran insisted she was not worried about the vote.")).toEqual([]);
    expect(denials("Halloran insisted she was not looking for another post.")).toEqual([]);
  });

  it("does not read another's deed", () => {
    expect(denials("Halloran insisted the board had not paid the inspectors.")).toEqual([]);
  });
});

describe("the verb of a plain negation", () => {
  it("takes 'have' after 'did not' for the verb, a thing one holds", () => {
    expect(denials("Halloran insisted that we don't have a deal with the board.")).toEqual([]);
  });

  it("reads a quoted negation with coordinated adverbs", () => {
    expect(denials('Halloran insisted she was "never directly or indirectly instructed by the board".')).toEqual([
      'halloran: she was "never directly or indirectly instructed by the board',
    ]);
  });
});
