import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: who accuses when the cue's subject is a relative
// pronoun, "it" after a document's statement, or when the cue is only an adjective.
function accusations(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.accusations.map((x) => `${name(x.accuser)} > ${x.accused.map(name).join(", ")}`);
}

describe("a relative clause's accuser", () => {
  it("reads no accuser when the pronoun describes a new unnamed person ('hired an adviser who had accused')", () => {
    expect(
      accusations(
        "Mayor Hires Aide\n\nMayor Lena Ortiz hired a campaign adviser who had accused Governor Paul Brandt of fraud.",
      ),
    ).not.toContain("Lena Ortiz > Paul Brandt");
  });

  it("keeps the named one a relative clause describes ('Senator X of Ohio, who has blasted Y')", () => {
    expect(
      accusations(
        "Senate Fight\n\nSenator Mara Quill of Ohio, who has blasted Governor Paul Brandt for his budget, will speak on Friday.",
      ),
    ).toContain("Mara Quill > Paul Brandt");
  });

  it("keeps the subject of a main clause that counts it among a plural ('joined the leaders who have slammed')", () => {
    expect(
      accusations(
        "Leaders Speak\n\nChancellor Ruth Adler has joined a growing list of leaders who have slammed Governor Paul Brandt over his remarks.",
      ),
    ).toContain("Ruth Adler > Paul Brandt");
  });
});

describe("'it' after a document's statement", () => {
  it("stands for the document's author, not a group the sentence names", () => {
    expect(
      accusations(
        "Audit Released\n\nThe Senate Finance Committee released an audit on Monday. In all, hackers compromised nine servers of the Harlow Transit Authority, the congressional report said. It accused the Harlow Transit Authority of hiding the breaches from auditors.",
      ),
    ).toContain("Senate Finance Committee > Harlow Transit Authority");
  });
});

describe("an accusing participle used as an adjective", () => {
  it("reads 'to extradite accused smugglers from X' as no accusation", () => {
    expect(
      accusations(
        "Extradition Deal\n\nVaronia wants to extradite accused smugglers from Teldavia under the new treaty.",
      ),
    ).toEqual([]);
  });

  it("still reads 'Police accused protesters of rioting' as the police's accusation", () => {
    expect(
      accusations("Riot in Harlow\n\nThe Harlow Police accused protesters of rioting outside the city hall on Monday."),
    ).toContain("Harlow Police > protesters");
  });
});

describe("a criticism noun framed by a verb joined to a long clause", () => {
  it("reads 'began ... and followed up with a frontal attack on Y' as the first clause's subject's", () => {
    expect(
      accusations(
        "Rally in Dayton\n\nSenator Ruth Adler spoke in Dayton on Monday. The senator began her speech before the Ohio Farm Bureau Federation by praising farmers who have kept their land through hard years and followed up with a more frontal attack on Governor Paul Brandt.",
      ),
    ).toContain("Ruth Adler > Paul Brandt");
  });
});
