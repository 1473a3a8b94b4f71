import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

const actorOf = (text: string, surface: string) => {
  const r = parseArticle(text);
  const m = [...r.mentions, ...r.references].find((x) => text.slice(x.start, x.end) === surface);
  return r.actors.find((a) => a.id === m?.actor);
};

describe("buildActors", () => {
  const seedLike =
    "The Russian ambassador to the U.S. has been summoned to Moscow for consultations. " +
    "The announcement that Anatoly Antonov had been summoned came a day after a report accused Russian President Vladimir Putin. " +
    "Mr. Antonov was appointed as Russia’s top envoy in Washington in August 2017. He was previously the deputy foreign minister. " +
    "“All we want is predictability,” the senior diplomat told the channel. Mr. Putin did not answer.";

  it("merges full name, honorific, descriptions and pronouns into one person", () => {
    const r = parseArticle(seedLike);
    const antonov = r.actors.find((a) => a.name === "Anatoly Antonov");
    expect(antonov).toBeDefined();
    expect(antonov?.kind).toBe("person");
    for (const s of [
      "Mr. Antonov",
      "He",
      "the senior diplomat",
      "The Russian ambassador to the U.S.",
      "Russia’s top envoy in Washington",
    ]) {
      const at = seedLike.indexOf(s);
      const m = [...r.mentions, ...r.references].find(
        (x) => x.start < at + s.length && x.end > at && x.actor === antonov?.id,
      );
      expect(m, s).toBeDefined();
    }
    const russia = r.actors.find((a) => a.code === "RUS");
    expect(antonov?.affiliation).toBe(russia?.id);
  });

  it("makes a capital stand for its country and gives countries their alpha-3 code", () => {
    expect(actorOf("Washington has repeatedly accused Moscow of meddling.", "Moscow")?.code).toBe("RUS");
    expect(actorOf("Washington has repeatedly accused Moscow of meddling.", "Washington")?.code).toBe("USA");
    expect(actorOf("The EU announced sanctions against Russia.", "EU")?.code).toBe("EU");
  });

  it("keeps a city that only locates as a mention without an actor", () => {
    const text = "The talks took place in Geneva, where Sergei Lavrov spoke.";
    const r = parseArticle(text);
    const geneva = r.mentions.find((m) => text.slice(m.start, m.end) === "Geneva");
    expect(geneva?.kind).toBe("location");
    expect(geneva?.actor).toBeNull();
    expect(r.actors.some((a) => a.name === "Geneva")).toBe(false);
  });

  it("affiliates a person with the state a demonym names, and creates that state", () => {
    const r = parseArticle("Iranian President Hassan Rouhani said the crash was a mistake.");
    const rouhani = r.actors.find((a) => a.name === "Hassan Rouhani");
    const iran = r.actors.find((a) => a.id === rouhani?.affiliation);
    expect(iran?.code).toBe("IRN");
    expect(iran?.kind).toBe("country");
  });

  it("gives an ambassador the state that sent them, not the host", () => {
    const r = parseArticle("US Ambassador to Germany Richard Grenell alleged that Mahan had helped.");
    const grenell = r.actors.find((a) => a.name === "Richard Grenell");
    expect(r.actors.find((a) => a.id === grenell?.affiliation)?.code).toBe("USA");
  });

  it("ties a national body to its country and an unnamed spokesman to the body", () => {
    const text = "A Russian foreign ministry spokesman said the Kremlin would decide.";
    const r = parseArticle(text);
    const ministry = r.actors.find((a) => /foreign ministry/i.test(a.name));
    expect(ministry?.kind).toBe("organization");
    expect(r.actors.find((a) => a.id === ministry?.affiliation)?.code).toBe("RUS");
    expect(actorOf(text, "A Russian foreign ministry spokesman")?.id).toBe(ministry?.id);
  });

  it("gives ids that stay the same for the same text", () => {
    expect(parseArticle(seedLike).actors.map((a) => a.id)).toEqual(parseArticle(seedLike).actors.map((a) => a.id));
  });
});

describe("buildActors on names that need the whole text", () => {
  it("reads a month after a first name as a surname, and the surname alone later", () => {
    const text = "Prime Minister Theresa May is to step down. Johnson criticised May's Brexit deal.";
    const r = parseArticle(text);
    const may = r.actors.find((a) => a.name === "Theresa May");
    expect(may?.kind).toBe("person");
    expect(may?.aliases).toContain("May");
  });

  it("takes the state after 'of' as a president's, past a plural title", () => {
    const r = parseArticle(
      "On Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the deal.",
    );
    const code = (name: string) =>
      r.actors.find((a) => a.id === r.actors.find((x) => x.name === name)?.affiliation)?.code;
    expect(code("Muhammadu Buhari")).toBe("NGA");
    expect(code("Patrice Talon")).toBe("BEN");
  });

  it("reads a shared demonym as the sovereign state's, and names countries in English", () => {
    const r = parseArticle("The French foreign minister, Jean-Yves Le Drian, met Turkey's envoy.");
    expect(r.actors.map((a) => a.code)).toEqual(expect.arrayContaining(["FRA", "TUR"]));
    expect(r.actors.find((a) => a.code === "TUR")?.name).toBe("Turkey");
  });

  it("keeps a place prefix inside an organization's name", () => {
    const text = "Mitsotakis spoke to the Atlantic Council think tank.";
    const r = parseArticle(text);
    expect(r.actors.find((a) => a.name === "Atlantic Council")?.kind).toBe("organization");
    expect(r.actors.some((a) => a.name === "Council")).toBe(false);
  });
});

describe("fillAffiliations", () => {
  it("prefers the state named before a person, or in the sentence before, to one named after", () => {
    const text =
      "The resolution still awaited approval by the Iraqi government. " +
      "NPR reported Adil Abdul-Mahdi, the caretaker Prime Minister, recommended the United States troops withdraw.";
    const r = parseArticle(text);
    const mahdi = r.actors.find((a) => a.name === "Adil Abdul-Mahdi");
    expect(r.actors.find((a) => a.id === mahdi?.affiliation)?.code).toBe("IRQ");
  });
});

describe("bodies of places", () => {
  it("names a place's police after the place, in the place's state, and ties 'police' to it", () => {
    const text =
      "Northamptonshire police were able to determine the car had come from the base. She informed police she had immunity.";
    const r = parseArticle(text);
    const force = r.actors.find((a) => a.name === "Northamptonshire police");
    expect(force?.kind).toBe("organization");
    expect(force?.aliases).toContain("police");
    expect(r.actors.find((a) => a.id === force?.affiliation)?.code).toBe("GBR");
  });

  it("keeps a capitalised title with its name: 'Police and Crime Commissioner Stephen Mold'", () => {
    const r = parseArticle("Both he and the county's Police and Crime Commissioner Stephen Mold urged a review.");
    expect(r.actors.find((a) => a.name === "Stephen Mold")?.title).toBe("Police and Crime Commissioner");
  });
});
