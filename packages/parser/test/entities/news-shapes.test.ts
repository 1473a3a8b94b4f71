import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Names in the shapes news-wire text takes (CoNLL-2003 style: tokens set apart by
// spaces, all-caps headlines, datelines, score lines), and the cues that type a
// name no list holds.
function named(text: string): string[] {
  const r = parseArticle(text);
  return r.mentions.map((m) => `${r.text.slice(m.start, m.end)}/${m.kind}`);
}

describe("names in news-wire shapes", () => {
  it("reads a dateline and the teams of a score line", () => {
    const got = named("Results of matches on Saturday :\nLONDON 1996-08-30\nLeicester 3 Manchester United 1\n");
    expect(got).toContain("LONDON/location");
    expect(got).toContain("Leicester/organization");
    expect(got).toContain("Manchester United/organization");
  });

  it("types cities that play as teams, and keeps a state's name for its national side", () => {
    const got = named("Ken Griffey Jr hit two home runs as Seattle beat Baltimore 7-5 on Tuesday .");
    expect(got).toContain("Seattle/organization");
    expect(got).toContain("Baltimore/organization");
    expect(named("Pakistan beat England 2-1 at The Oval .")).toContain("Pakistan/country");
  });

  it("reads an all-caps headline's names as the story names them", () => {
    const got = named(
      "SOCCER - LEEDS UNITED BEAT CHELSEA , OWEN INJURED .\nLeeds United beat Chelsea 2-1 , but striker Michael Owen limped off .\n",
    );
    expect(got).toContain("LEEDS UNITED/organization");
    expect(got).toContain("OWEN/person");
  });

  it("makes no place of a demonym and no person of a storm", () => {
    const got = named("The Thai monarchy was limited. Hurricane Lorenzo hit the Azores. Lorenzo weakened.");
    expect(got.filter((m) => m.startsWith("Thai/") || m.startsWith("Lorenzo/"))).toEqual([]);
  });

  it("types a name by the words around it anywhere in the text", () => {
    const got = named(
      "The retailer Tesco sold stores, analysts said. Tesco stated its intention to leave. Dave Lewis, CEO of Tesco, said so.",
    );
    expect(got.filter((m) => m.startsWith("Tesco/"))).toEqual([
      "Tesco/organization",
      "Tesco/organization",
      "Tesco/organization",
    ]);
    expect(named("Jane Fowler , a dealer at Barclays , said .")).toContain("Barclays/organization");
  });

  it("keeps names whole across spaced possessives, parties and hyphenated surnames", () => {
    expect(named("Yeltsin 's spokesman Sergei Medvedev said so .")).toContain("Sergei Medvedev/person");
    expect(named("One MP of the People's Party of Canada left.")).toContain("People's Party of Canada/organization");
    expect(named("The coup placed Prayuth Chan-o-cha in office.")).toContain("Prayuth Chan-o-cha/person");
    expect(named("Israel Radio said IBM and General Motors gained.")).toEqual([
      "Israel Radio/organization",
      "IBM/organization",
      "General Motors/organization",
    ]);
  });
});
