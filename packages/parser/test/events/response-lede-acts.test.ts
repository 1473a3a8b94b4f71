import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories whose lede tells the story's main act: the whole pipeline
// reads them (actors, claims, then the acts), as it reads an unseen article.
function acts(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.responses.map((r) => `${r.type} ${name(r.actor)} > ${r.targets.map(name).join(", ")}`);
}

describe("the lede's main act", () => {
  it("credits an agentless arrest to the source named after it", () => {
    expect(
      acts(
        "Skater Detained\n\nNorlandic figure skater Ivo Marek was arrested in Varna on fraud charges, the Norlandic Interior Ministry said on Tuesday.",
      ),
    ).toContain("legal_action Norlandic Interior Ministry > Ivo Marek");
    expect(
      acts(
        "Skater Detained\n\nIvo Marek was detained at his home on Monday, according to a statement from the Norlandic Interior Ministry.",
      ),
    ).toContain("legal_action Norlandic Interior Ministry > Ivo Marek");
  });

  it("does not credit the one arrested who tells of it", () => {
    expect(acts("Skater Detained\n\nIvo Marek was arrested in Varna on Monday, Marek told reporters.")).toEqual([]);
  });

  it("reads aid sent to a country as cooperation with it", () => {
    expect(acts("Aid For Ostrava\n\nNorway said on Monday it will send aid to Moldova after the floods.")).toContain(
      "cooperate Norway > Moldova",
    );
    expect(acts("Supplies Arrive\n\nPoland has delivered medical supplies to Lithuania.")).toContain(
      "cooperate Poland > Lithuania",
    );
  });

  it("reads complying with or granting another's request as cooperation with its owner", () => {
    expect(
      acts(
        "Talks Set\n\nChancellor Eva Lind said she will comply with the request of President Tomas Berg to delay the vote.",
      ),
    ).toContain("cooperate Eva Lind > Tomas Berg");
    expect(
      acts("Minister Goes\n\nPresident Tomas Berg accepted Prime Minister Eva Lind's resignation on Friday."),
    ).toContain("cooperate Tomas Berg > Eva Lind");
    // a refused request is a refusal, not a cooperation
    expect(
      acts("Minister Stays\n\nPresident Tomas Berg refused to accept Prime Minister Eva Lind's resignation on Friday."),
    ).not.toContain("cooperate Tomas Berg > Eva Lind");
  });

  it("credits a verdict of a court the story does not name to the state that prosecutes", () => {
    expect(
      acts(
        "Activist Jailed\n\nA court in Varna sentenced activist Ivo Marek to three years in prison on Tuesday. Prosecutors in Norway had asked for five.",
      ),
    ).toContain("legal_action Norway > Ivo Marek");
    expect(
      acts(
        "Banker Convicted\n\nA federal jury convicted banker Ana Klein of fraud on Monday. Canada had charged Klein in 2029.",
      ),
    ).toContain("legal_action Canada > Ana Klein");
    // a subject the story names acts itself
    expect(
      acts("Banker Convicted\n\nJudge Tom Hale convicted banker Ana Klein of fraud in Canada on Monday."),
    ).toContain("legal_action Tom Hale > Ana Klein");
  });

  it("reads articles of impeachment passed against someone as a legal act on them", () => {
    expect(
      acts(
        "Governor Impeached\n\nThe Norlandic Senate voted 40 to 12 on Monday to pass three articles of impeachment against Governor Ivo Marek.",
      ),
    ).toContain("legal_action Norlandic Senate > Ivo Marek");
    // sent on to another body, they name no one acted on
    expect(
      acts(
        "Articles Sent\n\nThe Norlandic Senate will send the articles of impeachment to the Norlandic Court next week.",
      ),
    ).toEqual([]);
  });

  it("reads taking part in or joining a march as the marchers' protest", () => {
    expect(
      acts(
        "March In Varna\n\nThousands took part in a march in Varna on Saturday against President Ivo Marek. Organisers said ten thousand protesters attended.",
      ),
    ).toContain("protest protesters > Ivo Marek");
    expect(
      acts("Students Protest\n\nStudents joined the protests against President Ivo Marek in Varna on Monday."),
    ).toContain("protest students > Ivo Marek");
  });

  it("reads a court staying another's ruling as a legal act on the ruling's owner", () => {
    expect(acts("Ruling Paused\n\nThe Norlandic Appeals Court stayed Governor Ivo Marek's order on Monday.")).toContain(
      "legal_action Norlandic Appeals Court > Ivo Marek",
    );
    expect(
      acts("Ruling Paused\n\nThe Norlandic Appeals Court on Monday stayed the order issued by Governor Ivo Marek."),
    ).toContain("legal_action Norlandic Appeals Court > Ivo Marek");
    // staying somewhere on someone's orders is no stay of an order
    expect(acts("Stayed Home\n\nIvo Marek stayed at home on orders from Judge Anna Berg.")).toEqual([]);
  });

  it("credits unnamed officers' acts to the story's police", () => {
    expect(
      acts(
        "Attacker Shot\n\nOn Sunday, Ivo Marek stabbed two people in Utrecht. Armed officers shot Marek dead outside a store. Dutch police said the attack was terrorist-related.",
      ),
    ).toContain("military_action Dutch police > Ivo Marek");
    expect(acts("Man Held\n\nDetectives detained Ivo Marek in Utrecht on Monday, Dutch police said.")).toContain(
      "legal_action Dutch police > Ivo Marek",
    );
    // with no police force in the story, no one is guessed
    expect(acts("Man Held\n\nDetectives detained Ivo Marek in Utrecht on Monday.")).toEqual([]);
  });

  it("reads a fine imposed on someone as a legal act on them", () => {
    expect(acts("Bank Fined\n\nThe European Commission fined Deutsche Bank 300 million euros on Tuesday.")).toContain(
      "legal_action European Commission > Deutsche Bank",
    );
    expect(
      acts("Bank Fined\n\nDeutsche Bank was fined 300 million euros by the European Commission on Tuesday."),
    ).toContain("legal_action European Commission > Deutsche Bank");
    // paying a fine names no one who fined
    expect(acts("Bank Pays\n\nDeutsche Bank paid a fine to the European Commission.")).toEqual([]);
  });

  it("reads suspending someone's account as a sanction on its owner", () => {
    expect(acts("Account Suspended\n\nTwitter suspended the account of Ivo Marek on Friday.")).toContain(
      "sanction Twitter > Ivo Marek",
    );
    expect(acts("Account Suspended\n\nTwitter permanently suspended Ivo Marek's account on Friday.")).toContain(
      "sanction Twitter > Ivo Marek",
    );
  });
});
