import { describe, expect, it } from "vitest";
import { findDenials } from "../../src/events/find-denials.js";
import { makeDoc, WORLD } from "./make-doc.js";

const TABLE: [string, string[], string | null][] = [
  [
    "Russian officials have repeatedly denied any effort to influence the outcome of U.S. elections.",
    ["russia"],
    "any effort to influence the outcome of U.S. elections",
  ],
  [
    "Washington accused the Kremlin of trying to kill Mr. Navalny, a charge Moscow vehemently denies.",
    ["russia"],
    "a charge",
  ],
  ["For several days Iran denied the accusation.", ["iran"], "the accusation"],
  ["Putin rejected the allegations as baseless.", ["putin"], "as baseless"],
  ["The Kremlin called the report fabricated.", ["russia"], null],
  ["Putin has played down the intelligence community's views.", ["putin"], "the intelligence community's views"],
  ["Germany rejected the proposal.", [], null],
  // belittling is a denial only of an allegation
  ["Putin downplayed the reports of vote rigging.", ["putin"], "the reports of vote rigging"],
  ["Putin played down his involvement in the scheme.", ["putin"], "his involvement in the scheme"],
  ["Putin downplayed the virus in February.", [], null],
  ["Putin played down his influence among young voters.", [], null],
  ["Putin has played down the idea of early elections.", [], null],
  ["Iran did not deny the report.", [], null],
  ["Navalny was denied entry to the court.", [], null],
  ["Putin said Russia will deny terrorism any victory.", [], null],
  ["Russia denied involvement in the attack.", ["russia"], "involvement in the attack"],
  ["Iran denied.", ["iran"], null],
  [
    "Putin has played down or outright rejected the intelligence community's views.",
    ["putin"],
    "the intelligence community's views",
  ],
];

describe("findDenials", () => {
  it.each(TABLE)("%s", (sentence, deniers, denied) => {
    const doc = makeDoc(sentence, WORLD);
    findDenials(doc);
    expect(doc.denials.map((d) => d.denier)).toEqual(deniers);
    const d = doc.denials[0];
    if (d && denied !== null) expect(sentence.slice(d.denied?.start, d.denied?.end)).toBe(denied);
  });
});
