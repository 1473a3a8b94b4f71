import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents } from "./make-doc.js";

// invented campaign stories: criticism told as a noun, its critic the noun's owner
const ACTORS = [
  { id: "price", names: ["Ellen Price", "Price"], kind: "person" as const },
  { id: "dalton", names: ["Mark Dalton", "Dalton"], kind: "person" as const },
  { id: "acme", names: ["Acme Corp"], kind: "organization" as const },
  { id: "norland", names: ["Norland"], kind: "country" as const },
];

const run = (text: string) => parseClaimsAndEvents(text, ACTORS);

describe("criticism told as a noun", () => {
  it("reads a name's criticism of an actor as the name's accusation", () => {
    const doc = run("Ellen Price's sharp criticism of Mark Dalton dominated the evening.");
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toEqual(["price>dalton"]);
  });

  it("reads 'his criticism of' and 'whose criticism of' as the criticism of the name they stand for", () => {
    expect(accusationPairs(run("Price has toned down her criticism of Dalton in recent weeks."))).toEqual([
      "price>dalton",
    ]);
    expect(accusationPairs(run("Price, whose criticism of Acme Corp has grown, spoke on Monday."))).toEqual([
      "price>acme",
    ]);
  });

  it("reads the subject criticising with or in the noun", () => {
    expect(accusationPairs(run("Price opened the rally with criticism of Dalton's budget."))).toEqual(["price>dalton"]);
  });

  it("names no critic for an unowned criticism and none for a name past the noun's object", () => {
    expect(accusationPairs(run("The criticism of Acme Corp grew louder on Monday."))).toEqual([]);
    expect(accusationPairs(run("Price voiced her condemnation of the attack on Dalton."))).toEqual([]);
  });

  it("reads a person's verbal attacks told as a noun ('her attacks against', 'jabs at') as criticism", () => {
    expect(accusationPairs(run("Price will tone down her attacks against Dalton."))).toEqual(["price>dalton"]);
    expect(accusationPairs(run("Ellen Price's jabs at Mark Dalton drew a rebuke."))).toEqual(["price>dalton"]);
  });

  it("reads no attack noun owned by a body, nor one on a country, as criticism", () => {
    expect(accusationPairs(run("Acme Corp continued its attacks on Dalton."))).toEqual([]);
    expect(accusationPairs(run("Dalton continued his attacks on Norland."))).toEqual([]);
  });

  it("reads a critique or rebuke owned by a name as criticism", () => {
    expect(accusationPairs(run("Ellen Price's pointed critique of Mark Dalton's record startled donors."))).toEqual([
      "price>dalton",
    ]);
    expect(accusationPairs(run("Price sharpened her rebukes of Dalton this week."))).toEqual(["price>dalton"]);
  });

  it("reads the subject of a verb that utters the criticism as the critic", () => {
    expect(accusationPairs(run("Price delivered a blistering critique of Dalton's tax plan on Monday."))).toEqual([
      "price>dalton",
    ]);
    expect(accusationPairs(run("At the rally, Price offered a gentle, measured criticism of Acme Corp."))).toEqual([
      "price>acme",
    ]);
    // "by posting criticisms": a gerund after a preposition has the sentence's subject, not the name just before
    expect(
      accusationPairs(run("Mark Dalton took his cue from Acme Corp by posting criticisms of Ellen Price online.")),
    ).toEqual(["dalton>price"]);
    // an adjective is no verb: "the repeated denunciation of" names no critic
    expect(accusationPairs(run("Acme Corp and the repeated denunciation of Dalton hurt sales."))).toEqual([]);
    // a verb that does not utter it ("avoided") makes no critic
    expect(accusationPairs(run("Price avoided a direct critique of Dalton."))).toEqual([]);
  });

  it("reads a critic named after the criticised with 'from' or 'by'", () => {
    expect(accusationPairs(run("Acme Corp answered a critique of Mark Dalton's record from Ellen Price."))).toEqual([
      "price>dalton",
    ]);
    expect(accusationPairs(run("The criticisms of Acme Corp by Ellen Price weighed on its shares."))).toEqual([
      "price>acme",
    ]);
    // "by Acme Corp Director Ellen Price": the person the body's title introduces
    expect(accusationPairs(run("The criticisms of Dalton by Acme Corp Director Ellen Price hurt."))).toEqual([
      "price>dalton",
    ]);
    // "by" after a participle names who did the thing criticised, not the critic
    expect(accusationPairs(run("The criticism of Dalton's plan approved by Price grew."))).toEqual([]);
  });
});
