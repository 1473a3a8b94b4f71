import { describe, expect, it } from "vitest";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Waving an accusation away with a dismissive label; sentences written for this test.
const TABLE: [string, string[]][] = [
  ["Poland accused Russia of staging the blackout. Moscow called it a publicity stunt.", ["russia"]],
  ["Sweden accused Putin of hiding the report. The Kremlin dismissed it as politically motivated.", ["russia"]],
  ["Moscow called it a publicity stunt.", []],
  ["Poland accused Russia of staging the blackout. Moscow did not call it a stunt.", []],
];

describe("dismissive labels", () => {
  it.each(TABLE)("%s", (text, deniers) => {
    const doc = runEventStages(makeDoc(text, WORLD));
    expect(doc.denials.map((d) => d.denier)).toEqual(deniers);
  });
});
