import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents } from "./make-doc.js";

// invented campaign stories: who is accused when a name modifies a titled person, and phrasal criticism verbs
const ACTORS = [
  { id: "price", names: ["Ellen Price", "Price"], kind: "person" as const },
  { id: "becker", names: ["Tom Becker", "Becker"], kind: "person" as const },
  { id: "ford", names: ["Luke Ford", "Ford"], kind: "person" as const },
  { id: "green", names: ["Anna Green"], kind: "person" as const },
  { id: "acme", names: ["Acme Corp"], kind: "organization" as const },
];

const run = (text: string) => parseClaimsAndEvents(text, ACTORS);

describe("a name that modifies a titled person", () => {
  it("accuses the person, not the name before the title", () => {
    const doc = run(
      "Anna Green accused Becker campaign manager Luke Ford of grabbing her arm. Price blamed Acme Corp's chief executive Luke Ford for the spill.",
    );
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toEqual(["green>ford", "price>ford"]);
  });

  it("reads past a possessive pronoun the actor stage resolved ('his rival X') to the name it owns", () => {
    // the pronoun stands resolved to someone else, as a coreference slip can leave it
    const doc = parseClaimsAndEvents("Ellen Price accused his rival Tom Becker of lying.", [
      ...ACTORS,
      { id: "dalton", names: ["his"], kind: "person" as const },
    ]);
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toEqual(["price>becker"]);
  });

  it("accuses the people an apposition names after a body's plural title ('two Acme Corp executives, Chairman X')", () => {
    const doc = run("Anna Green accused two Acme Corp executives, Chairman Luke Ford and Tom Becker, of fraud.");
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toEqual(["green>ford,becker"]);
  });

  it("keeps a list and a name followed by a preposition as they are", () => {
    const doc = run(
      "Anna Green accused Becker and his ally Luke Ford of lying. Price accused Becker of insulting Luke Ford.",
    );
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toEqual(["green>becker", "price>becker"]);
  });
});

describe("phrasal criticism verbs", () => {
  it("reads 'called out X for', 'hit out at X over' and 'assailed X for' as accusations", () => {
    const doc = run(
      "Ellen Price called out her rival Tom Becker for insulting veterans. Becker hit out at Price over the budget cuts. Luke Ford assailed Becker for the remarks.",
    );
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toEqual([
      "price>becker",
      "becker>price",
      "ford>becker",
    ]);
  });

  it("accuses no one when nothing criticised is an actor", () => {
    const doc = run("Becker called out the names of the winners. Price took aim at the new tax. The storm hit Ohio.");
    expect(doc.accusations, JSON.stringify(doc.accusations)).toEqual([]);
  });
});
