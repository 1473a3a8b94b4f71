import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: one whose side was accused saying that side was
// not involved in, responsible for or behind the act denies it, though the words share none
// with the allegation's; the same words with no accusation before deny nothing.
function denials(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.denials.map((d) => `${name(d.denier)}: ${a.text.slice(d.evidence.start, d.evidence.end)}`);
}

describe("saying one's side had no part", () => {
  it("denies for the accused state in reported speech", () => {
    expect(
      denials(
        "Poisoned Defector\n\nGerman officials blamed Russia for the poisoning of a defector in Hamburg.\n\nRussian Foreign Ministry spokesman Pavel Orlov said Moscow had never been involved.",
      ),
    ).toEqual(["Pavel Orlov: Moscow had never been involved"]);
  });

  it("denies in the accused speaker's own quote", () => {
    expect(
      denials(
        'Harbour Fire\n\nSenator Ray Dunn accused Mayor Tim Cole of ordering the harbour fire.\n\n"I was not in any way responsible for what happened," Cole said.',
      ),
    ).toEqual(["Tim Cole: I was not in any way responsible for what happened"]);
  });

  it("denies nothing when no one was accused", () => {
    expect(
      denials(
        "Flooding\n\nMayor Tim Cole said the city was not responsible for the flooding. He said he had never been involved in politics before.",
      ),
    ).toEqual([]);
  });
});
