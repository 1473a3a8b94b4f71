import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "../events/make-doc.js";

// Findings that need the story's acts first: a damning label for an act that
// names no one, and a speaker waving away what was done to their side.

const PEOPLE = [
  ...WORLD,
  { id: "hook", names: ["Brian Hook", "Hook"], kind: "person" as const, affiliation: "usa" },
  { id: "abe", names: ["Ann Abe", "Abe"], kind: "person" as const, affiliation: "poland" },
];

function run(text: string) {
  const doc = makeDoc(text, PEOPLE, "2021-03-17");
  findClaims(doc);
  return runEventStages(doc);
}

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe("accusations of acts told before", () => {
  it("accuses the doer of the act a label names", () => {
    const text =
      "The vote follows the United States' killing of Navalny in an airstrike. Germany characterized the attack as a serious violation of its sovereignty.";
    const doc = run(text);
    const acc = doc.accusations.find((a) => a.accuser === "germany");
    expect(acc?.accused).toEqual(["usa"]);
    expect(slice(text, acc?.evidence ?? { start: 0, end: 0 })).toContain(
      "characterized the attack as a serious violation",
    );
  });

  it("accuses both partners of an agreement its modifier ties to", () => {
    const text =
      "Russia and Iran agreed on a maritime border. Sweden and Germany agreed on a trade deal. Poland called the border agreement null and void.";
    const acc = run(text).accusations.find((a) => a.accuser === "poland");
    expect(acc?.accused).toEqual(["russia", "iran"]);
  });

  it("accuses the doer of an act condemned without a name", () => {
    const doc = run("Iran launched missiles at the United States on Tuesday. Germany strongly condemned the attack.");
    expect(doc.accusations.map((a) => [a.accuser, a.accused])).toEqual([["germany", ["iran"]]]);
  });

  it("takes no act told in the cue's own sentence", () => {
    const doc = run("Putin met with Germany and then Ukraine, where he denounced the border agreement again.");
    expect(doc.accusations).toEqual([]);
  });

  it("accuses no one when the condemnation is negated", () => {
    const doc = run("Iran launched missiles at the United States on Tuesday. Germany did not condemn the attack.");
    expect(doc.accusations).toEqual([]);
  });

  it("accuses no one when no act of that kind was told", () => {
    const doc = run("Poland called the attack a violation of the law.");
    expect(doc.accusations).toEqual([]);
  });
});

describe("dismissals", () => {
  it("is a denial when the speaker's side was acted against", () => {
    const text =
      'Iran arrested Navalny and the United States. "It is a propaganda stunt that no-one takes seriously," Hook said.';
    const doc = run(text);
    const d = doc.denials.find((x) => x.denier === "hook");
    expect(d && slice(text, d.evidence)).toBe("It is a propaganda stunt that no-one takes seriously");
  });

  it("is no denial when nothing was done to the speaker's side", () => {
    const doc = run('Iran arrested Navalny. "It is a propaganda stunt," Abe said.');
    expect(doc.denials).toEqual([]);
  });

  it("is no denial when the label does not open the speaker's words", () => {
    const doc = run('Iran arrested officials of the United States. "They say it is propaganda," Hook said.');
    expect(doc.denials).toEqual([]);
  });
});
