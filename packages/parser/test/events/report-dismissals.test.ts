import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: a side calling a report about it misleading,
// false or outrageous denies what the report tells, and does not accuse the outlet; a report
// said to be false by one it is not about, or by an outlet, is no denial.
function read(text: string) {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return {
    denials: a.denials.map((d) => `${name(d.denier)}: ${a.text.slice(d.evidence.start, d.evidence.end)}`),
    accused: a.accusations.flatMap((x) => x.accused.map(name)),
  };
}

const HEAD = "Donor Meetings\n\nBy Staff\n\n";

describe("a report waved away by the side it is about", () => {
  it("denies in reported speech and leaves the outlet unaccused", () => {
    const r = read(
      `${HEAD}Senator Dana Whitfield met dozens of donors last year. Whitfield spokesman Tom Avery said the Tribune report was misleading because it left out hundreds of other meetings.`,
    );
    expect(r.denials).toEqual(["Tom Avery: Whitfield spokesman Tom Avery said the Tribune report was misleading"]);
    expect(r.accused).not.toContain("Tribune");
  });

  it("denies a report labelled with a closing adjective, the report naming a body called after the speaker", () => {
    const r = read(
      `${HEAD}Senator Dana Whitfield called a report suggesting donors to the Whitfield Foundation were given favours "outrageous."`,
    );
    expect(r.denials).toHaveLength(1);
    expect(r.denials[0]).toMatch(/^Dana Whitfield: /);
  });

  it("denies allegations labelled unfair and absurd", () => {
    expect(read(`${HEAD}Senator Dana Whitfield called the bribery allegations unfair and absurd.`).denials).toEqual([
      "Dana Whitfield: Dana Whitfield called the bribery allegations unfair",
    ]);
  });

  it("denies a claim that is 'not true'", () => {
    expect(read(`${HEAD}Senator Dana Whitfield said the allegations were simply not true.`).denials).toHaveLength(1);
  });

  it("denies nothing when the report is nobody's and names no side", () => {
    expect(read(`${HEAD}Chief Maria Lopez said reports of a second gunman were false.`).denials).toEqual([]);
  });

  it("denies nothing when the report is said to be true", () => {
    expect(read(`${HEAD}Senator Dana Whitfield said the Tribune report was accurate.`).denials).toEqual([]);
  });
});
