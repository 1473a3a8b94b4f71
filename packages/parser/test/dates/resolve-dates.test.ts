import { describe, expect, it } from "vitest";
import { resolveDates } from "../../src/dates/resolve-dates.js";
import { makeDoc } from "../events/make-doc.js";

const TABLE: [string, string, [string, string, string][]][] = [
  ["2021-03-17", "The report was released Tuesday.", [["Tuesday", "2021-03-16", "day"]]],
  ["2021-03-17", "In a YouTube interview last month, he said so.", [["last month", "2021-02", "month"]]],
  ["2021-03-17", "Earlier this month, the administration acted.", [["Earlier this month", "2021-03", "month"]]],
  ["2021-03-17", "The EU had already concluded last year that it was so.", [["last year", "2020", "year"]]],
  ["2021-03-17", "He was appointed in August 2017.", [["August 2017", "2017-08", "month"]]],
  ["2021-03-17", "In 2018, the U.S. expelled diplomats.", [["2018", "2018", "year"]]],
  ["2021-03-17", "The recall came a day after the report.", [["a day after", "2021-03-16", "day"]]],
  ["2019-01-23", "The EU sanctioned Iran earlier in the month.", [["earlier in the month", "2019-01", "month"]]],
  ["2019-01-23", "Mahan has been under sanctions since 2011.", [["2011", "2011", "year"]]],
  ["2019-10-10", "The collision happened on August 27.", [["August 27", "2019-08-27", "day"]]],
  ["2020-07-12", "Friday night was the fourth night of protests.", [["Friday night", "2020-07-10", "day"]]],
  ["2020-01-13", "On Saturday morning, Iran admitted it.", [["On Saturday morning", "2020-01-11", "day"]]],
  ["2020-01-13", "The talks will resume on Thursday.", [["on Thursday", "2020-01-16", "day"]]],
  ["2020-01-13", "For several days Iran denied the accusation.", []],
  ["2020-07-12", "Gatherings were allowed in May again.", [["May", "2020-05", "month"]]],
  // a month day after the article's date: this year's when the words put it ahead, else last year's
  ["2020-01-13", "The summit will be held on March 3.", [["March 3", "2020-03-03", "day"]]],
  ["2020-01-13", "The summit was held on March 3.", [["March 3", "2019-03-03", "day"]]],
];

describe("resolveDates", () => {
  it.each(TABLE)("%s: %s", (ref, sentence, expected) => {
    const doc = makeDoc(sentence, [], ref);
    resolveDates(doc);
    expect(doc.dates.map((d) => [sentence.slice(d.start, d.end), d.value, d.precision])).toEqual(expected);
  });

  it("leaves relative dates unresolved, with a message, when the article has no date", () => {
    const doc = makeDoc("He was sentenced last month. He was appointed in August 2017.", [], null);
    resolveDates(doc);
    expect(doc.dates.map((d) => d.value)).toEqual(["2017-08"]);
    expect(doc.messages.map((m) => m.ruleId)).toEqual(["dates/no-reference-date"]);
  });

  // evidence is [from, to) of the phrase; the expected date value or null
  const ATTACH: [string, string, string | null][] = [
    // the opening date governs the main clause, not a relative clause in its object
    [
      "On Wednesday, ministers denounced the deal in which Russia and Iran agreed on borders.",
      "Russia and Iran agreed",
      null,
    ],
    [
      "On Wednesday, ministers denounced the deal in which Russia and Iran agreed on borders.",
      "ministers denounced",
      "2021-03-17",
    ],
    // a date inside an aside belongs to the aside
    [
      "On Monday, Navalny, a candidate for the election to be held on August 9, held a rally.",
      "Navalny, a candidate for the election to be held on August 9, held a rally",
      "2021-03-15",
    ],
    [
      "On Monday, Russia, which was hit on Sunday, expelled two diplomats.",
      "Russia, which was hit on Sunday, expelled",
      "2021-03-15",
    ],
  ];
  it.each(ATTACH)("dates '%s' at '%s'", (sentence, phrase, expected) => {
    const doc = makeDoc(sentence, [], "2021-03-17");
    const at = sentence.indexOf(phrase);
    doc.responses.push({
      id: "r1",
      actor: "russia",
      targets: [],
      type: "cooperate",
      cameo: "050",
      plover: "COOPERATE",
      modality: "done",
      evidence: { start: at, end: at + phrase.length },
      date: null,
      respondsTo: null,
    });
    resolveDates(doc);
    expect(doc.responses[0]?.date?.value ?? null).toBe(expected);
  });

  it("attaches a sentence's date to the response told in it", () => {
    const doc = makeDoc("In 2018, the U.S. expelled diplomats; Russia did so last month.", [], "2021-03-17");
    const text = doc.text;
    const at = text.indexOf("Russia did so");
    doc.responses.push({
      id: "r1",
      actor: "russia",
      targets: ["usa"],
      type: "expel_diplomats",
      cameo: "161",
      plover: "SANCTION",
      modality: "done",
      evidence: { start: at, end: at + 13 },
      date: null,
      respondsTo: null,
    });
    resolveDates(doc);
    expect(doc.responses[0]?.date?.value).toBe("2021-02");
  });

  it("stays fast and linear on a 5,000-word sentence", () => {
    const words = Array.from({ length: 5000 }, (_, i) => (i % 50 === 0 ? "Tuesday" : "word")).join(" ");
    const doc = makeDoc(`${words}.`, [], "2021-03-17");
    resolveDates(doc);
    expect(doc.dates.length).toBe(100);
  });
});
