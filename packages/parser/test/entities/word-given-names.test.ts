import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a person whose name opens with a capitalised English word.
const actor = (text: string, name: string) => parseArticle(text).actors.find((a) => a.name === name);

describe("names that open with an English word", () => {
  it("reads an English word before a surname the text also uses alone as a given name", () => {
    const text = "The court heard from Rock Tallert on Monday. Tallert said the payments were legal.";
    const found = actor(text, "Rock Tallert");
    expect(found?.kind).toBe("person");
    expect(found?.aliases).toContain("Tallert");
  });
  it("leaves the pair alone when the surname never stands alone", () => {
    const names = parseArticle("The museum lent the Rock Tallert collection to a gallery.").actors.map((a) => a.name);
    expect(names).not.toContain("Rock Tallert");
  });
  it("leaves a thing after the article alone", () => {
    const text = "The Crew Vantor docked on Sunday. Engineers said Vantor performed well.";
    expect(parseArticle(text).actors.map((a) => a.name)).not.toContain("Crew Vantor");
  });
  it("leaves a word the text writes in lower case out of surnames", () => {
    const text = "The Presidential Electors met. Electors cast their votes, and the electors went home.";
    expect(parseArticle(text).actors.filter((a) => a.kind === "person")).toEqual([]);
  });
  it("reads a particle surname as the end of a fuller name found before it", () => {
    const text = "Rocky De La Marra won the nomination. Later, De La Marra said he would campaign in every state.";
    const found = actor(text, "Rocky De La Marra");
    expect(found?.kind).toBe("person");
    expect(found?.aliases).toContain("De La Marra");
  });
});

// Invented sentences: a given name that is also a common word ("Al", "Will", "Bill") before a surname.
describe("given names that spell common words", () => {
  const people = (text: string) =>
    parseArticle(text)
      .actors.filter((a) => a.kind === "person")
      .map((a) => a.name);
  it("reads such a given name opening a sentence as the start of the name", () => {
    const text = "The vote passed. Will Dorrant said the count was fair. Chuck Velmer criticized the move.";
    expect(people(text)).toEqual(expect.arrayContaining(["Will Dorrant", "Chuck Velmer"]));
  });
  it("keeps it when the text also writes the word in lower case", () => {
    const text = "The Senate passed the bill on Friday. Bill Norvack said the bill would cut taxes.";
    expect(people(text)).toContain("Bill Norvack");
  });
  it("reads it mid-sentence before a surname", () => {
    expect(people("Reporters asked Al Frendle about the vote.")).toContain("Al Frendle");
  });
  it("leaves a question's auxiliary alone", () => {
    expect(people("Will Dorrant run again? Nobody knows.")).not.toContain("Will Dorrant");
  });
  it("leaves a surname's particle alone", () => {
    const text = "The lion keeper Leon van Brekel was hurt on Tuesday. Van Brekel had raised the lions.";
    expect(people(text)).not.toContain("Van Brekel");
  });
});
