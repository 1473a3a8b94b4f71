import { describe, expect, it } from "vitest";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Criticism of an actor's act accuses its doer; sentences written for this test.
const TABLE: [string, [string, string[]][]][] = [
  ["Poland sharply criticized Germany's decision to close the border.", [["poland", ["germany"]]]],
  ["Russia expelled two Swedish diplomats on Monday. Sweden slammed the move.", [["sweden", ["russia"]]]],
  // one statement with several critics is one accusation (addAccusation's rule), by the first named
  ["Iran closed its airspace despite criticism from the European Union and Ukraine.", [["eu", ["iran"]]]],
  ["Iran closed its airspace despite the criticism.", []],
  ["Sweden slammed the move.", []],
  ["Poland did not criticize Germany's decision.", []],
  ["Poland welcomed Germany's decision.", []],
];

describe("criticism of an act", () => {
  it.each(TABLE)("%s", (text, expected) => {
    const doc = runEventStages(makeDoc(text, WORLD));
    expect(doc.accusations.map((a) => [a.accuser, a.accused])).toEqual(expected);
  });
});
