import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents } from "./make-doc.js";

// Invented sentences: a speaker's negated stigma label of itself ("We are not
// terrorists"), "although X disputes this" of the main clause, and an insisted
// "we give no support to" (owning no tie is the denial).
const ACTORS = [
  { id: "halloran", names: ["Brigid Halloran", "Halloran"], kind: "person" as const },
  { id: "mbeki", names: ["Sipho Mbeki", "Mbeki"], kind: "person" as const },
  { id: "ministry", names: ["the ministry"], kind: "organization" as const },
  { id: "israel", names: ["Israel"], kind: "country" as const },
];

const denials = (text: string) => {
  const doc = parseClaimsAndEvents(text, ACTORS);
  return doc.denials.map((d) => `${d.denier}: ${doc.text.slice(d.evidence.start, d.evidence.end)}`);
};

describe("a speaker's negated label of itself", () => {
  it("reads 'We are not terrorists' in the speaker's quote as a denial", () => {
    expect(denials(`"We are refugees," Halloran said. "We are not terrorists."`)).toEqual([
      "halloran: We are not terrorists",
    ]);
  });

  it("reads 'he was not a racist' reported of a person speaking as a denial", () => {
    expect(denials(`Mbeki said on Saturday that he was not a racist.`)).toEqual(["mbeki: he was not a racist"]);
  });

  it("reads none for a label that is no stigma", () => {
    expect(denials(`"We are not a rich country," Halloran said.`)).toEqual([]);
  });
});

describe("'although X disputes this' of the main clause", () => {
  it("reads the concessive clause as a denial of what the main clause told", () => {
    expect(
      denials(
        `The ministry says the valley is occupied territory under international law, although Israel disputes this.`,
      ),
    ).toEqual(["israel: Israel disputes"]);
  });

  it("reads none for 'but X rejected it', which may refuse a plan", () => {
    expect(denials(`The ministry backed the plan on Monday, but Israel rejected it.`)).toEqual([]);
  });
});

describe("an insisted 'we give no support to'", () => {
  it("reads owning no tie as a denial", () => {
    expect(denials(`Halloran insisted that she gives no support to the rebels.`)).toEqual([
      "halloran: she gives no support to the rebels",
    ]);
  });

  it("reads none for a possession that is no tie", () => {
    expect(denials(`Halloran insisted that she has no time for the rebels.`)).toEqual([]);
  });
});

describe("'jabbed back at' an allegation or complaint", () => {
  it("reads 'jabbed back on Monday at complaints' as a denial", () => {
    expect(denials(`Halloran jabbed back on Monday at complaints from Mbeki that the port was dumping steel.`)).toEqual(
      ["halloran: Halloran jabbed back on Monday at complaints from Mbeki that the port was dumping steel"],
    );
  });

  it("reads none for 'fired back at' a thing that tells nothing", () => {
    expect(denials(`Halloran fired back at the crowd on Monday.`)).toEqual([]);
  });
});
