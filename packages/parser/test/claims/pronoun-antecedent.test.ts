import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import type { Mention } from "../../src/model.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented people: two men and a woman
const ACTORS: ActorSpec[] = [
  { id: "marsh", kind: "person", names: ["Tom Marsh", "Marsh"] },
  { id: "okafor", kind: "person", names: ["Peter Okafor", "Okafor"] },
  { id: "vance", kind: "person", names: ["Maria Vance", "Vance"] },
];

/**
 * The speakers of the claims in `text`; `pronouns` are the actors the actor stage gave to the
 * pronouns "he"/"He" in text order (it takes the closest person, whatever their place).
 */
function speakers(text: string, pronouns: string[] = []): (string | null)[] {
  const doc = handBuiltDoc(text, ACTORS);
  let n = 0;
  for (const m of text.matchAll(/\b[Hh]e\b/g)) {
    const actor = pronouns[n++];
    if (!actor) break;
    const start = m.index ?? 0;
    doc.mentions.push({ start, end: start + 2, kind: "person", actor, via: "pronoun" } as Mention);
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  findClaims(doc);
  return doc.claims.map((c) => c.speaker);
}

describe("a speaking pronoun is not the person last named in a phrase aside", () => {
  it("'... pardoned by X. He said': the pronoun goes on with the subject, not the passive's agent", () => {
    const text =
      "It was the first speech Tom Marsh gave since he was pardoned by Peter Okafor. He said the crowd was large.";
    expect(speakers(text, ["marsh", "okafor"])).toEqual(["marsh"]);
  });

  it("'with X describing ...': the name is the subject of the participle, not an oblique one", () => {
    const text =
      "Peter Okafor said ten people were missing. Work stopped on Tuesday, with Tom Marsh describing the site as unsafe. He estimated the repairs would take a week.";
    expect(speakers(text, ["marsh"])).toEqual(["okafor", "marsh", "marsh"]);
  });
});

describe("a speaking pronoun after a claim that named someone goes on with that claim's speaker", () => {
  it("'X said Y was ...; \"...\", he added' is X's", () => {
    const text = 'Peter Okafor said Tom Marsh was "an honest man"; however, "I offered to resign anyway", he added.';
    expect(speakers(text)).toEqual(["okafor", "okafor"]);
  });

  it("in the next sentence too", () => {
    const text = 'Peter Okafor said Tom Marsh had broken no rule. "I will not resign," he told reporters.';
    expect(speakers(text)).toEqual(["okafor", "okafor"]);
  });

  it("not when the earlier speaker's gender clashes with the pronoun", () => {
    const text = 'Maria Vance said Tom Marsh had broken the rules. "I did nothing wrong," he said.';
    expect(speakers(text)).toEqual(["vance", "marsh"]);
  });

  it("'\"...,\" he said. He said': the next pronoun goes on with the speaker this stage found", () => {
    // the actor stage gave both pronouns to the person named inside the quotation
    const text =
      'Peter Okafor said he would travel in May. "If Tom Marsh wins, I will be stopped from going," he said. He said he planned to visit before January.';
    expect(speakers(text, ["okafor", "marsh", "marsh", "marsh"])).toEqual(["okafor", "okafor", "okafor"]);
  });

  it("not when the claim lies two sentences back", () => {
    const text =
      'Peter Okafor said Tom Marsh had broken no rule. The port reopened on Monday. "I will not resign," he told reporters.';
    expect(speakers(text)).toEqual(["okafor", "marsh"]);
  });
});

describe("a speaking pronoun after a claim whose source phrase named someone else", () => {
  it("'X, an aide to Y, said ... He added' goes on with X, whom the phrase describes", () => {
    const text =
      "Peter Okafor, an aide to Senator Tom Marsh, said the bill was dead. He added that the vote would wait.";
    expect(speakers(text, ["marsh"])).toEqual(["okafor", "okafor"]);
  });

  it("not when the names are coordinated: 'X and Y, who say ...' are two speakers", () => {
    const text =
      "Peter Okafor and Tom Marsh, who say the bill is dead, met on Monday. He added that the vote would wait.";
    expect(speakers(text, ["marsh"]).at(-1)).toBe("marsh");
  });
});

describe("a speaking pronoun after a sentence about its subject goes on with that subject", () => {
  it("'X tried to hold Y to account. \"...,\" he said' is X's, not the later-named Y's", () => {
    const text = 'Peter Okafor tried to hold Tom Marsh to account on Monday. "There are no excuses," he said.';
    expect(speakers(text, ["marsh"])).toEqual(["okafor"]);
  });

  it("also when the actor stage left the pronoun unresolved", () => {
    const text = "Peter Okafor thanked Tom Marsh for the new budget. He said the port would reopen in May.";
    expect(speakers(text)).toEqual(["okafor"]);
  });

  it("a name inside the quotation the pronoun reports does not stand in the way", () => {
    const text =
      'Tom Marsh spoke after the vote that Peter Okafor had called. "Peter Okafor has my full support," he said.';
    expect(speakers(text)).toEqual(["marsh"]);
  });

  it("not when the subject's gender clashes with the pronoun", () => {
    const text = 'Maria Vance tried to hold Tom Marsh to account on Monday. "There are no excuses," he said.';
    expect(speakers(text, ["marsh"])).toEqual(["marsh"]);
  });

  it("not when the earlier name sits in a prepositional phrase: 'The attack on X angered Y'", () => {
    const text = "The attack on Tom Marsh angered Peter Okafor on Monday. He said the port would reopen in May.";
    expect(speakers(text, ["okafor"])).toEqual(["okafor"]);
  });
});

describe("a role description after a sentence about its subject goes on with that subject", () => {
  it("'X thanked Y for .... The senator said' is X's when no one was titled so", () => {
    const text = "Peter Okafor thanked Tom Marsh for the new budget. The senator said the port would reopen in May.";
    expect(speakers(text)).toEqual(["okafor"]);
  });

  it("not when the description's gender clashes with the subject's", () => {
    const text = "Maria Vance thanked Tom Marsh for the new budget. The father said the port would reopen in May.";
    expect(speakers(text)).toEqual(["marsh"]);
  });
});

describe("the previous sentence's subject after a participle's opening phrase", () => {
  it("is the name after the phrase's comma, though the phrase holds a preposition", () => {
    expect(
      speakers(
        'Refusing to give up power, Marsh agreed to a deal in which Okafor became premier. "Only the voters will remove me," he declared.',
      ),
    ).toEqual(["marsh"]);
  });
});
