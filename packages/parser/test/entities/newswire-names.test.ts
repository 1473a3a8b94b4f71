import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Names that wire copy shapes in its own ways: a sentence that opens on a ministry,
// a descriptive word and a demonym before a player, institutions whose names hold
// "of", "on", "for", "and" or "in". All sentences are invented.
function named(text: string): string[] {
  const r = parseArticle(text);
  return r.mentions
    .filter((m) => m.via !== "pronoun" && m.via !== "description")
    .map((m) => `${r.text.slice(m.start, m.end)}/${m.kind}`);
}

describe("names in wire copy", () => {
  it("keeps a sentence's first word that heads a ministry's name", () => {
    expect(named("Interior Ministry spokesman Pavel Dornik told reporters the march was banned .")).toContain(
      "Interior Ministry/organization",
    );
    expect(named("Finance Ministry officials met bankers on Monday .")).toContain("Finance Ministry/organization");
    // a small word before the head stays out of the name
    expect(named("The Ministry said it would appeal .")).not.toContain("The Ministry/organization");
  });

  it("leaves a describing word and a demonym outside a player's name", () => {
    const got = named("Unseeded Swede Lars Brink beat second seed Tomas Varga 6-4 6-2 .");
    expect(got).toContain("Lars Brink/person");
    expect(got.some((g) => g.startsWith("Unseeded"))).toBe(false);
    expect(named("Veteran Dane Ole Kragh won the stage on Friday .")).toContain("Ole Kragh/person");
    expect(named("Teenage Finn Aino Lehto took the title .")).toContain("Aino Lehto/person");
  });

  it("reads an institution's name through 'on', 'for' and a later 'of'", () => {
    expect(named("A complaint from the Commission on Audit found the road unfinished .")).toContain(
      "Commission on Audit/organization",
    );
    expect(named("The Council for Rural Affairs said it would study the bill .")).toContain(
      "Council for Rural Affairs/organization",
    );
    expect(named("He leads the Forum for the Defence of Farmers in the north .")).toContain(
      "Forum for the Defence of Farmers/organization",
    );
  });

  it("reads 'and' and a region's 'in' inside a body's coordinated name, but not after a place", () => {
    expect(named("Observers from the Organisation for Trade and Cooperation in Asia arrived on Monday .")).toContain(
      "Organisation for Trade and Cooperation in Asia/organization",
    );
    expect(named("The Ministry of Fisheries in Lisbon said no .")).toContain("Ministry of Fisheries/organization");
    const got = named("The Bank of Ruritania and Halvorsen Securities raised rates .");
    expect(got.some((g) => g.startsWith("Bank of Ruritania and"))).toBe(false);
    expect(named("The Bank of England and the Treasury disagreed .")).toContain("Bank of England/organization");
  });

  it("ends a labour body's name on Confederation, though a title word opens it", () => {
    expect(named("The General Workers Confederation called a strike for Thursday .")).toContain(
      "General Workers Confederation/organization",
    );
  });

  it("joins partners' names by '&' into one firm's", () => {
    expect(named("Shares in Brandt & Keller rose , while Ossian & Roe Ltd fell .")).toEqual(
      expect.arrayContaining(["Brandt & Keller/organization", "Ossian & Roe Ltd/organization"]),
    );
    expect(named("Baker & Sons said on Monday it would close two mills .")).toContain("Baker & Sons/organization");
  });

  it("reads a score line's side whole, and names that side so in the report", () => {
    const got = named(
      "Results of matches on Sunday :\nReal Oviedo 2 Deportivo Lugo 1\nRacing Ferrol 0 Union Berlin 3\nWillem II 1 Go Ahead 1\nThe leaders were held by Willem II on Sunday .\n",
    );
    expect(got).toEqual(
      expect.arrayContaining(["Real Oviedo/organization", "Racing Ferrol/organization", "Deportivo Lugo/organization"]),
    );
    expect(got.filter((g) => g === "Willem II/organization")).toHaveLength(2);
    expect(got).not.toContain("Willem II/person");
  });

  it("reads an all-caps headline's names from the story's firms and players", () => {
    const got = named(
      "BUSINESS - DRAXMOOR MINING BIDS FOR KELLSTONE .\nPERTH 1996-09-03\nDraxmoor Mining Ltd made an offer for Kellstone Resources Plc on Tuesday .\n",
    );
    expect(got).toEqual(expect.arrayContaining(["DRAXMOOR MINING/organization", "KELLSTONE/organization"]));
    const sport = named(
      "SOCCER - VAN DEN BROEK SENT OFF , PALMER JR SCORES .\nUTRECHT 1996-09-01\nDefender Joost van den Broek was sent off before Lee Palmer Jr scored .\n",
    );
    expect(sport).toContain("VAN DEN BROEK/person");
    expect(named("BASEBALL - ARDEN HITS TWO HOMERS .\nTed Arden Jr hit two home runs on Tuesday .\n")).toContain(
      "ARDEN/person",
    );
    expect(named("BUSINESS - MARLOW & KEY TO CUT JOBS .\nMarlow & Key Plc said it would cut 80 jobs .\n")).toContain(
      "MARLOW & KEY/organization",
    );
  });

  it("reads a place by the noun around a name no list holds", () => {
    expect(named("Rebels attacked the northern town of Vorkesh on Thursday .")).toContain("Vorkesh/location");
    expect(named("Police in the port of Dalmavik arrested two men .")).toContain("Dalmavik/location");
    expect(named("He represents the Kambeni constituency in parliament .")).toContain("Kambeni/location");
    expect(named("Floods hit Ostrava district and the Lomza province on Monday .")).toContain("Lomza/location");
    // a word of origin before the noun is no place's name
    expect(named("The firm runs its stores in the Central European region .")).not.toContain(
      "Central European/location",
    );
  });

  it("reads a leaderboard's row as a player, not an address", () => {
    const got = named("GOLF - SCORES .\n134 Thabo Mbeleki ( South Africa ) 70 64\n136 Oskar Lindqvist 68 68\n");
    expect(got).toContain("Thabo Mbeleki/person");
    expect(named("They met at 36 Varnock Brunnel on Monday .")).toContain("Varnock Brunnel/location");
  });

  it("types no name after 'the' as a person by its surname's ending", () => {
    expect(named("The Dravinskaya said the contract was void .")).not.toContain("Dravinskaya/person");
    expect(named("Kazarian said the contract was void .")).toContain("Kazarian/person");
  });

  it("keeps a sentence's opening title on the name after it", () => {
    expect(named("President Tavola 's spokesman said the visit was off .")).toContain("Tavola/person");
    expect(named("Coach Ray Dornan said the side was tired .")).toContain("Ray Dornan/person");
  });

  it("reads a firm from what is owned in it, and a city from its bourse", () => {
    expect(named("Shares in Vossberg closed up 3 percent on the Gdansk bourse .")).toEqual(
      expect.arrayContaining(["Vossberg/organization", "Gdansk/location"]),
    );
    expect(named("It bought a 10 percent stake in Kellmar Holding on Friday .")).toContain(
      "Kellmar Holding/organization",
    );
  });

  it("reads a wire's newsroom sign-off, a quoted speaker and a club before its coach", () => {
    expect(named("-- Lisbon Newsroom +351 1 555 0000")).toContain("Lisbon Newsroom/organization");
    expect(named("Itar-Tass quoted Dravic as saying the talks would resume .")).toContain("Dravic/person");
    const got = named("Dinamo Vukovar coach Luis Ventura said his side had played well .");
    expect(got).toEqual(expect.arrayContaining(["Dinamo Vukovar/organization", "Luis Ventura/person"]));
  });

  it("reads results tables: standings with a percentage, overtime marks, scorers", () => {
    const nba = named("Standings :\nW L PCT GB\nORLANDO 14 4 .778 -\nDenver 110 PORTLAND 98 ( OT )\n");
    expect(nba).toEqual(
      expect.arrayContaining(["ORLANDO/organization", "Denver/organization", "PORTLAND/organization"]),
    );
    expect(nba).not.toContain("OT/organization");
    const soccer = named("In Kaunas : Zalgiris 3 ( Virbalas 12 , Dambrauskas 40 ) Vilnius Ekranas 1 ( Pocius 60 ) .\n");
    expect(soccer).toEqual(
      expect.arrayContaining([
        "Kaunas/location",
        "Zalgiris/organization",
        "Vilnius Ekranas/organization",
        "Virbalas/person",
        "Dambrauskas/person",
        "Pocius/person",
      ]),
    );
    const line = named("Scorers : Ravelli 23 , Moratti 55 pen , Kjeldgaard 70\n");
    expect(line).toEqual(expect.arrayContaining(["Ravelli/person", "Moratti/person", "Kjeldgaard/person"]));
    expect(line.some((g) => g.startsWith("Scorers"))).toBe(false);
  });

  it("takes no ordinary word in capitals for a name mid-sentence", () => {
    expect(named("Results on Thursday ( home team in CAPS ) :")).not.toContain("CAPS/location");
  });

  it("types a name listed with a bank by 'and' as a body, but keeps a list of people", () => {
    expect(named("Halvard Bank and Vestrische Kreditanstalt cut rates on Monday .")).toContain(
      "Vestrische Kreditanstalt/organization",
    );
    const people = named("The Farm Council , Obinna Ezeh and Tavita Leota met on Monday .");
    expect(people).toEqual(expect.arrayContaining(["Obinna Ezeh/person", "Tavita Leota/person"]));
  });

  it("reads a possessive set apart by a space inside a body's name, as tokenised text has it", () => {
    expect(named("The Farmers 's Party of Ruritania won two seats .")).toContain(
      "Farmers 's Party of Ruritania/organization",
    );
  });
});
