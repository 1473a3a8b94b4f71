import { describe, expect, it } from "vitest";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Criticism of an actor's act accuses its doer; sentences written for this test.
const TABLE: [string, [string, string[]][]][] = [
  ["Poland sharply criticized Germany's decision to close the border.", [["poland", ["germany"]]]],
  ["Russia expelled two Swedish diplomats on Monday. Sweden slammed the move.", [["sweden", ["russia"]]]],
  // one statement with several critics is one accusation (addAccusation's rule), by the first named
  ["Iran closed its airspace despite criticism from the European Union and Ukraine.", [["eu", ["iran"]]]],
  ["Iran closed its airspace despite the criticism.", []],
  // a verb that receives the criticism, its subject right before it (or a pronoun for it)
  ["Poland rejected criticism from Germany that its border plan was unlawful.", [["germany", ["poland"]]]],
  ["Poland spoke on Monday. It has faced mounting criticism from Sweden.", [["sweden", ["poland"]]]],
  // no subject right before the verb: a name inside a long subject, or one completing a prepositional phrase
  ["Germany's claim that troops were needed for the war drew rebukes from Sweden.", []],
  ["The claim that troops are needed in Poland drew rebukes from Sweden.", []],
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
