import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: ordinary words in capitals are no actors.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("ordinary capitals", () => {
  it("reads an abbreviated month before its day as a date, not a body", () => {
    const found = names("The council will vote on Nov. 3, and the mayor will not wait until Oct. 31 to act.");
    expect(found).not.toContain("Nov.");
    expect(found).not.toContain("Oct.");
  });
  it("reads a verb's -ing or -ed form opening a sentence as a word", () => {
    const found = names("Jo Roe was found guilty. Sentencing is set for June. Unremarked by the court, Roe left.");
    expect(found).not.toContain("Sentencing");
    expect(found).not.toContain("Unremarked");
    expect(found).toContain("Jo Roe");
  });
  it("reads a participle opening a sentence before its object or phrase as a word, a name before its verb as a name", () => {
    const found = names(
      "Jo Roe lost the vote. Conceding that the count was fair, Roe left. Emboldened by the result, the mayor spoke. Dunning said the count was fair.",
    );
    expect(found).not.toContain("Conceding");
    expect(found).not.toContain("Emboldened");
    expect(found).toContain("Dunning");
  });
  it("reads a rarer lower-case word opening a sentence or in capitals as a word", () => {
    const found = names(
      "Jo Roe was buried on Monday. Vigils were held in the town. Hastily arranged, the service drew crowds. The court ABSTAINS from the dispute.",
    );
    expect(found).not.toContain("Vigils");
    expect(found).not.toContain("Hastily");
    expect(found).not.toContain("ABSTAINS");
    expect(found).toContain("Jo Roe");
  });
  it("drops a rarer word opening a headline before a name, keeping the name", () => {
    const found = names(
      "Longtime Clinton foe files claim\n\nA lawyer filed the claim on Monday, Hillary Clinton's aides said.",
    );
    expect(found).not.toContain("Longtime Clinton");
  });
  it("reads the word after an elision's '[...]' as a sentence's first", () => {
    const found = names("Jo Roe said the vote would go ahead [...] Subsequently, the council met.");
    expect(found).not.toContain("Subsequently");
  });
  it("reads a faith's adjective of several words as no person, though a given name opens it", () => {
    const found = names("The bomb went off in the Roman Catholic cathedral, Jo Roe said.");
    expect(found).not.toContain("Roman Catholic");
    expect(found).toContain("Jo Roe");
  });
  it("reads a small word in capitals as emphasis, a known acronym as a name", () => {
    const found = names('Jo Roe said, "We need it NOW, and the US must act." The WHO agreed.');
    expect(found).not.toContain("NOW");
    expect(found).toContain("Jo Roe");
  });
  it("keeps a surname that the text also writes mid-sentence", () => {
    const found = parseArticle("Critics praised Alan Fielding on Monday. Fielding said he would stay.").actors;
    expect(found.find((a) => a.name === "Alan Fielding")?.aliases).toContain("Fielding");
  });
  it("reads a policy's news word as no body", () => {
    const found = names("Ministers met on Monday. MPs voted against a no-deal Brexit, and Medicare costs rose.");
    expect(found).not.toContain("Brexit");
    expect(found).not.toContain("Medicare");
  });
  it("reads a pronoun's contraction opening a quoted sentence as a word, straight or curly", () => {
    const found = names('Ann Lee praised the crew. "You\'ve done well. He’ll be proud. They’ll stay," she said.');
    expect(found).not.toContain("You've");
    expect(found).not.toContain("He’ll");
    expect(found).not.toContain("They’ll");
    expect(found).toContain("Ann Lee");
  });
});
