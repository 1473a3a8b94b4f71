import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: the shape of a name, not its words, decides its span and kind.
const named = (text: string) =>
  parseArticle(text)
    .mentions.filter((m) => m.via === "name" || m.via === "metonym")
    .map((m) => [text.slice(m.start, m.end), m.kind]);

describe("names the gazetteers do not hold", () => {
  it.each([
    [
      "A letter reached the Office of the UN High Commissioner for Refugees in Vienna.",
      "Office of the UN High Commissioner for Refugees",
      "organization",
    ],
    [
      "The Norland Institute of Geology and Mining (NIGM) issued a warning.",
      "Norland Institute of Geology and Mining",
      "organization",
    ],
    [
      "The Coastal Flood Reduction and Response Council gathered on Monday.",
      "Coastal Flood Reduction and Response Council",
      "organization",
    ],
    ["Papers were filed by Brennick Holdings Limited on Tuesday.", "Brennick Holdings Limited", "organization"],
    [
      "The Allied Joint Task Force Operation Steady Harbour said no one was hurt.",
      "Allied Joint Task Force Operation Steady Harbour",
      "organization",
    ],
    [
      "The ruling came from the Supreme Tribunal of Justice in Arlandia.",
      "Supreme Tribunal of Justice",
      "organization",
    ],
    ["The delegates met at the Global Assembly last week.", "Global Assembly", "organization"],
    ["Tremors were felt near the Karavan Trench and Mount Oldeny.", "Karavan Trench", "location"],
    ["Tremors were felt near the Karavan Trench and Mount Oldeny.", "Mount Oldeny", "location"],
    ["Kenyan president Ruto said the talks would go on.", "Ruto", "person"],
    ["She spoke about her husband Dzmitry, who was detained.", "Dzmitry", "person"],
    ["A couple from Ohio, Richard and Lisa Varga, joined them.", "Richard", "person"],
    ["According to Harlow County Attorney John Meyers, it was an accident.", "John Meyers", "person"],
    ["Acme's Chief Technical Officer Chris Dunmore agreed with it.", "Chris Dunmore", "person"],
    ["He was elected to the Vidhan Parishad in 1969.", "Vidhan Parishad", "organization"],
    ["The bus crashed between Baracoa and Gibara on Thursday.", "Gibara", "location"],
    ["The court has found that Mme Laroche lied to the jury.", "Laroche", "person"],
    ["Leeds United beat Norwich Rovers 2-0 on Saturday.", "Leeds United", "organization"],
    [
      "It was paid for by the Vienna Music for Peace Foundation last year.",
      "Vienna Music for Peace Foundation",
      "organization",
    ],
    ["Shares tumbled on the Lagos Stock Exchange yesterday.", "Lagos Stock Exchange", "organization"],
    ["Mining Minister Obaidul Kader visited the site.", "Obaidul Kader", "person"],
    ["The supermarket chain Brenno Poland closed two stores.", "Brenno Poland", "organization"],
    ["Ann Holt and Dan Holt were held. As revealed at trial, the Holts lied.", "Holts", "person"],
  ])("%s → %s", (text, surface, kind) => {
    expect(named(text)).toContainEqual([surface, kind]);
  });

  it("reads a dateline's place, a surname by its ending, and a title that ends a run", () => {
    const text =
      "KAR-TEPE , Latvia 1996-12-06\nPetrosyan agreed with the plan . He met the Chess Federation President on Monday .";
    const found = named(text);
    expect(found).toContainEqual(["KAR-TEPE", "location"]);
    expect(found).toContainEqual(["Petrosyan", "person"]);
    expect(found).toContainEqual(["Chess Federation", "organization"]);
    expect(found.map(([s]) => s)).not.toContain("Chess Federation President");
  });

  it("gives a short form in parentheses its full name's kind, wherever it recurs", () => {
    const text = "The Norland Institute of Geology and Mining (Norgeo) issued a warning. Norgeo said more would come.";
    const found = named(text);
    expect(found.filter(([s]) => s === "Norgeo")).toEqual([
      ["Norgeo", "organization"],
      ["Norgeo", "organization"],
    ]);
    const { actors } = parseArticle(text);
    const institute = actors.find((a) => a.name === "Norland Institute of Geology and Mining");
    expect(institute?.aliases).toContain("Norgeo");
  });

  it("takes the body a person is 'of' for that person's affiliation, and never types it a person", () => {
    const text = "Tom Arden of Velvet Gravel said the tour was over. Ann Wilde of the University of Tarn agreed.";
    const found = named(text);
    expect(found).toContainEqual(["Velvet Gravel", "organization"]);
    const { actors } = parseArticle(text);
    const byName = new Map(actors.map((a) => [a.name, a]));
    expect(byName.get("Tom Arden")?.affiliation).toBe(byName.get("Velvet Gravel")?.id);
    expect(byName.get("Ann Wilde")?.affiliation).toBe(byName.get("University of Tarn")?.id);
  });
});

describe("no fragments and no words taken for names", () => {
  it.each([
    ["It claimed the waters of the exclusive economic zone (EEZ) and drilled in the EEZ again.", "EEZ"],
    ["The Oslo-based group and the US-led coalition disagreed.", "Oslo-based"],
    ["The Oslo-based group and the US-led coalition disagreed.", "US-led"],
    ["Seventeen rockets hit the base overnight.", "Seventeen"],
    ["Organizers said the march would go ahead.", "Organizers"],
    ["Many Nebraskans and Coloradans voted early.", "Nebraskans"],
    ["Many Nebraskans and Coloradans voted early.", "Coloradans"],
    ["The case, Miller v. Harlan, reached the court.", "Harlan"],
    ["He is more popular than any other Democrat in the state.", "Democrat"],
    ["I don't know, but I'll be there.", "I'll"],
    ["It was made into an Academy Award-winning film.", "Academy"],
    ["He spoke at the office of the California Secretary of State on Monday.", "of State"],
  ])("%s has no mention «%s»", (text, word) => {
    expect(named(text).map(([s]) => s)).not.toContain(word);
  });
});

describe("collectives", () => {
  it("finds a group noun that opens a sentence, and a counted group of a state", () => {
    const text = "Protesters have blocked the road. Police arrested 12 Latvian individuals on Friday.";
    const { actors } = parseArticle(text);
    const groups = actors.filter((a) => a.kind === "group");
    expect(groups.map((g) => g.name)).toContain("protesters");
    const counted = groups.find((g) => g.aliases.some((a) => a.includes("Latvian individuals")));
    expect(counted?.affiliation).toBe(actors.find((a) => a.code === "LVA")?.id);
  });
});

describe("states that no longer exist", () => {
  it("reads the Soviet Union as a country, its demonym included", () => {
    const text = "The Soviet Union collapsed in 1991, and Soviet troops left the Baltic states.";
    expect(named(text)).toContainEqual(["Soviet Union", "country"]);
    const soviet = parseArticle(text).actors.find((a) => a.name === "Soviet Union");
    expect(soviet?.kind).toBe("country");
  });
});

describe("one sentence a line", () => {
  it("reads a short line ending in a full stop as a sentence, not a headline", () => {
    const text = "Fischler said on Monday .\nClinton met Yeltsin in Moscow on Friday .\n";
    const surfaces = named(text).map(([s]) => s);
    expect(surfaces).toEqual(expect.arrayContaining(["Fischler", "Clinton", "Yeltsin", "Moscow"]));
  });

  it("takes an adverb that opens a sentence for no name", () => {
    const text = "Subsequently, the talks failed. Kimberly, the manager, left.";
    const surfaces = named(text).map(([s]) => s);
    expect(surfaces).not.toContain("Subsequently");
    expect(surfaces).toContain("Kimberly");
  });
});

describe("institutions named through 'for', 'and' and 'in'", () => {
  it.each([
    [
      "Observers from the Organization for Security and Co-operation in Europe left on Friday.",
      "Organization for Security and Co-operation in Europe",
      "organization",
    ],
    [
      "The Commission on Rural Water and Sanitation met in Lagos.",
      "Commission on Rural Water and Sanitation",
      "organization",
    ],
    ["The march was organized by Mothers for Clean Air on Sunday.", "Mothers for Clean Air", "organization"],
    ["The rally was organized by Veterans for Peace First last week.", "Veterans for Peace First", "organization"],
    [
      "Lawyers for the Calder and Wren Tribes of Pine Ridge spoke.",
      "Calder and Wren Tribes of Pine Ridge",
      "organization",
    ],
    ["The Hollow Creek Nation filed a complaint.", "Hollow Creek Nation", "organization"],
    ["A judge heard the Tanager Valley Indian Community on Monday.", "Tanager Valley Indian Community", "organization"],
  ])("%s", (text, name, kind) => {
    expect(named(text)).toContainEqual([name, kind]);
  });

  it("keeps a body and the city it sits in apart", () => {
    const text = "Diplomats at the Ministry in Moscow said nothing.";
    expect(named(text).map(([s]) => s)).not.toContain("Ministry in Moscow");
  });

  it("does not join people at a sentence's start to a cause", () => {
    const text = "Women for decades were barred from the Senate.";
    expect(named(text).map(([s]) => s)).not.toContain("Women for decades");
  });
});

describe("short forms of given names", () => {
  it("reads a nickname the first-name lists lack as a given name", () => {
    const found = parseArticle("On Monday, Chuck Tolland said the levy would pass. Newt Harlow disagreed.").actors;
    expect(found.filter((a) => a.kind === "person").map((a) => a.name)).toEqual(
      expect.arrayContaining(["Chuck Tolland", "Newt Harlow"]),
    );
  });
});

describe("a title-case first line that ends in a full stop", () => {
  it("is the headline, so its capitals make no names of their own", () => {
    const text =
      "Lena Varga Defends Her Record Against Claims She Misled Voters.\n\nSenator Lena Varga said on Monday that she had been honest. Varga spoke in Dorval.";
    const names = parseArticle(text).actors.map((a) => a.name);
    expect(names).toContain("Lena Varga");
    expect(names.some((n) => n.includes("Defends") || n === "Misled")).toBe(false);
  });

  it("is the headline though few of its capitals are words the body uses", () => {
    const text =
      "Lena Varga Reassures Dorval Councillors.\n\nLena Varga met the councillors on Monday. She spoke for an hour.";
    const names = parseArticle(text).actors.map((a) => a.name);
    expect(names).toContain("Lena Varga");
    expect(names.some((n) => n.includes("Reassures") || n.includes("Councillors"))).toBe(false);
  });

  it("is the headline when it holds a number, which has no case", () => {
    const text =
      "Omar Tell Unveils 3-Point Plan To Mend Dorval Roads In 2 Years.\n\nOmar Tell spoke in Dorval on Monday. He said the roads were poor.";
    const names = parseArticle(text).actors.map((a) => a.name);
    expect(names).toContain("Omar Tell");
    expect(names.some((n) => n.includes("Unveils") || n.includes("Plan") || n.includes("Mend"))).toBe(false);
  });

  it("stays a sentence when it is not set off by a blank line", () => {
    const text = "Lena Varga Met Omar Tell In Dorval.\nShe left on Monday.";
    const surfaces = named(text).map(([s]) => s);
    expect(surfaces).toContain("Lena Varga Met Omar Tell");
  });

  it("stays a sentence when its lower-case words are no headline's small words", () => {
    const text = "Lena Varga met Omar Tell in Dorval on Friday.\n\nThe talks went well.";
    const surfaces = named(text).map(([s]) => s);
    expect(surfaces).toEqual(expect.arrayContaining(["Lena Varga", "Omar Tell"]));
  });

  it("names a person the headline gives a given name and a surname, though the body does not", () => {
    const text = "Lena Varga: And Then There Was the One.\n\nA candidate just won the nomination. He said so.";
    expect(parseArticle(text).actors.map((a) => a.name)).toContain("Lena Varga");
  });

  it("takes no given name that the body uses as a surname, nor a verb after it", () => {
    const text =
      "Tyler Wades In, Urges Voters to Stay.\n\nSenator Lena Tyler said on Monday that voters should stay. She spoke in Dorval.";
    const names = parseArticle(text).actors.map((a) => a.name);
    expect(names).toContain("Lena Tyler");
    expect(names.some((n) => n.includes("Wades"))).toBe(false);
  });
});
