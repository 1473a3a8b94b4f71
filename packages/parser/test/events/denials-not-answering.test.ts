import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: words that look like a denial but answer no
// allegation about the denier, or whose denier is not the one the cue's subject was resolved to.
function denials(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.denials.map((d) => `${name(d.denier)}: ${a.text.slice(d.evidence.start, d.evidence.end)}`);
}

const ACCUSED =
  "Harbour Row\n\nSenator Dana Whitfield accused Governor Carl Benson of bribing two inspectors on Monday.\n\n";

describe("denials that answer no allegation about the denier", () => {
  it("'deny them help' withholds a thing, it denies nothing", () => {
    expect(
      denials(
        `${ACCUSED}"Voters will remember all the things that Benson has done to deny them help," Whitfield said.`,
      ),
    ).toEqual([]);
  });

  it("'It is absurd that ...' judges a fact, it waves nothing away", () => {
    expect(
      denials(
        `${ACCUSED}"It is absurd that you had 400 officials on board before anybody was in the race," Benson said.`,
      ),
    ).toEqual([]);
  });

  it("'It is a lie that ...' still denies", () => {
    expect(denials(`${ACCUSED}"It is a lie that I paid anyone," Benson said.`)).toHaveLength(1);
  });

  it("a negation in a relative clause is not the speaker's", () => {
    expect(
      denials(
        `${ACCUSED}"I felt the first one was an accident. I became something that no governor should ever want to be - a bribed governor," Benson said.`,
      ),
    ).toEqual([]);
  });
});

describe("whose denial it is", () => {
  // the pronoun now stands for the person named before it (quoted-third-person.ts), never the speaker
  it("a third-person pronoun in a quote is not the quote's speaker", () => {
    expect(
      denials(
        "Harbour Row\n\nGovernor Carl Benson was asked about Mayor Tom Okafor's role on Monday. \"If he has taken bribes, I think that's terrible,\" Benson said. \"But he's never admitted that he's paid anyone. He's always denied it.\"",
      ).filter((d) => d.startsWith("Carl Benson") || d.startsWith("Benson")),
    ).toEqual([]);
  });

  it("a possessive that does not fit the subject says whose conduct is defended", () => {
    expect(
      denials(
        "Email Row\n\nThe Harbour Board's inquiry undercut many of Brigid Halloran's statements to defend her decision to use a private server.",
      ).filter((d) => d.startsWith("Harbour Board")),
    ).toEqual([]);
  });
});
