import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

const actorNamed = (text: string, name: string) => {
  const parsed = parseArticle(text);
  const person = parsed.actors.find((a) => a.name === name);
  const affiliation = parsed.actors.find((a) => a.id === person?.affiliation);
  return { person, affiliation };
};

// Invented sentences: a capitalised title in apposition keeps its country when a
// lower-case word says when or how it is held ("acting", "former", "current").
describe("a qualified title in apposition", () => {
  it("reads the state of 'the acting Prime Minister of X'", () => {
    const { person, affiliation } = actorNamed(
      "Rebels shelled a border town on Monday. Tarek Haddouch, the acting Prime Minister of Jordan, condemned the shelling.",
      "Tarek Haddouch",
    );
    expect(person?.title).toBe("acting Prime Minister of Jordan");
    expect(affiliation?.name).toBe("Jordan");
  });

  it("reads the body of 'the current President of X'", () => {
    const { person, affiliation } = actorNamed(
      "Marta Lindqvist, the current President of the European Commission, wrote to Canadian ministers on Tuesday.",
      "Marta Lindqvist",
    );
    expect(person?.title).toBe("current President of the European Commission");
    expect(affiliation?.name).toBe("European Commission");
  });

  it("leaves a title with no lower-case qualifier as before", () => {
    const { affiliation } = actorNamed(
      "Sami Karouk, the Foreign Minister of Egypt, met reporters in Paris.",
      "Sami Karouk",
    );
    expect(affiliation?.name).toBe("Egypt");
  });
});

// A state's body with a level word between the demonym and the body's noun.
describe("a demonym, a level word and a body", () => {
  it("places 'the Moroccan National Police' in its state and its spokesperson in it", () => {
    const parsed = parseArticle(
      "Rioters burned cars in Tunis and Paris. Lina Haddad, a spokesperson for the Moroccan National Police, said two men were held.",
    );
    const police = parsed.actors.find((a) => a.name === "Moroccan National Police");
    expect(police?.kind).toBe("organization");
    expect(parsed.actors.find((a) => a.id === police?.affiliation)?.name).toBe("Morocco");
    const person = parsed.actors.find((a) => a.name === "Lina Haddad");
    expect(person?.affiliation).toBe(police?.id);
  });
});
