import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a statement accuses when its content says an actor did a
// wrong of a general kind (lying, cover-up, coercion, discrimination,
// obstruction), the doer being the content clause's own subject even when it
// stands further back than a few words; a denied wrong, a wrong that is only a
// topic, and a wrong suffered are no accusation.
const ACTORS = [
  ...WORLD,
  { id: "ortega", names: ["Marta Ortega", "Ortega"], kind: "person" as const },
  { id: "lindqvist", names: ["Per Lindqvist", "Lindqvist"], kind: "person" as const, affiliation: "sweden" },
  { id: "ministry", names: ["the Interior Ministry", "Interior Ministry"], kind: "organization" as const },
  { id: "union", names: ["the Dockworkers Union", "Dockworkers Union"], kind: "organization" as const },
  { id: "justice", names: ["Justice Department"], kind: "organization" as const, affiliation: "usa" },
  { id: "senate", names: ["Senate"], kind: "organization" as const, affiliation: "usa" },
];

// the stages in the pipeline's order (parse-article.ts): responses read the accusations found before them
function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pair = (doc: ReturnType<typeof run>) => doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("wrongs stated in a claim's content", () => {
  it("reads concealment as a cover-up by the clause's subject", () => {
    const doc = run("Ortega said the Interior Ministry had been hiding the true figures from the public for months.");
    expect(pair(doc)).toContain("ortega>ministry");
    expect(doc.accusations[0]?.category).toBe("cover-up");
  });

  it("reads lying and deceit as an accusation", () => {
    const doc = run('"The Dockworkers Union lied to its own members about the pension fund," Lindqvist said.');
    expect(pair(doc)).toContain("lindqvist>union");
    expect(doc.accusations[0]?.category).toBe("deception");
  });

  it("takes the subject that opens the wrong's clause although it stands more than eight words back", () => {
    const doc = run(
      "Lindqvist claimed that the Interior Ministry had for the whole of the last two winters systematically intimidated striking workers.",
    );
    expect(pair(doc)).toContain("lindqvist>ministry");
  });

  it("takes the subject past a 'that' clause boundary, not a name before it", () => {
    const doc = run(
      "Ortega said Sweden cannot ignore the fact that the Dockworkers Union has chosen to suppress dissent among its members.",
    );
    expect(pair(doc)).toEqual(["ortega>union"]);
  });

  it("reads refusal to disclose as obstruction", () => {
    const doc = run("Lindqvist said the Interior Ministry refused to disclose the documents to investigators.");
    expect(pair(doc)).toContain("lindqvist>ministry");
    expect(doc.accusations[0]?.category).toBe("obstruction");
  });

  it("reads approving a bombing as violence by the subject", () => {
    const doc = run("Ortega said the Interior Ministry had approved the bombing of the depot.");
    expect(pair(doc)).toContain("ortega>ministry");
    expect(doc.accusations[0]?.category).toBe("violence");
  });

  it("reads unfair treatment as discrimination", () => {
    const doc = run("Ortega said the Dockworkers Union treated migrant workers unfairly for years.");
    expect(pair(doc)).toContain("ortega>union");
  });

  it("finds a wrong told in the second sentence of a quote whose first sentence accuses no one", () => {
    const doc = run(
      '"Our harbour was attacked and burned last winter. Sadly, the Interior Ministry is now behaving like a bully," Lindqvist said.',
    );
    expect(pair(doc)).toContain("lindqvist>ministry");
  });
});

describe("wrongs that accuse no one", () => {
  it("a denied wrong: 'she is not a liar', 'did not lie'", () => {
    const doc = run("Lindqvist said Ortega did not lie to the court.");
    expect(doc.accusations).toEqual([]);
  });

  it("'not just an insult' still accuses", () => {
    const doc = run("Lindqvist said the Interior Ministry's ban is not just an insult to the workers.");
    expect(pair(doc)).toContain("lindqvist>ministry");
  });

  it("a wrong that is only a topic after a preposition is not the subject's act", () => {
    const doc = run("Ortega said the Dockworkers Union was drafting new rules for cases of fraud at the port.");
    expect(doc.accusations).toEqual([]);
  });

  it("a wrong suffered in the passive is not done by the clause's subject", () => {
    const doc = run(
      "Ortega said the Dockworkers Union at the end of the long and bitter winter strike was intimidated.",
    );
    expect(pair(doc)).not.toContain("ortega>union");
  });

  it("a wrong only reported of others between subject and wrong is not the subject's", () => {
    const doc = run("Lindqvist said the Interior Ministry arrested two men believed to have been hiding the evidence.");
    expect(pair(doc)).not.toContain("lindqvist>ministry");
  });

  it("a name past a comma after 'by' is not the wrong's agent", () => {
    const doc = run("Lindqvist said she was coerced into silence by her employer, Ortega told reporters.");
    expect(pair(doc)).not.toContain("lindqvist>ortega");
  });

  it("the clause of a coordinated sentence with its own subject is not the reported one", () => {
    const doc = run(
      "The Dockworkers Union skipped the talks, which Ortega said was due to a strike, and he accused the Interior Ministry of lying.",
    );
    expect(pair(doc)).not.toContain("ortega>union");
  });
});

describe("criticism of an act inside one country", () => {
  it("a department criticising its own country's legislature is an accusation", () => {
    const doc = run("The Justice Department sharply criticized the Senate's decision.");
    expect(pair(doc)).toContain("justice>senate");
  });
});

describe("damning labels and owned criticism", () => {
  it("a label said of the subject inside a statement accuses it: 'X was a tyrant'", () => {
    const doc = run('"Lindqvist was a tyrant and everyone knew it," Ortega said.');
    expect(pair(doc)).toContain("ortega>lindqvist");
  });

  it("a label word after a verb that is not 'be' is no label: 'is facing terrorist attacks'", () => {
    const doc = run('"Sweden is facing terrorist attacks every month," Lindqvist said.');
    expect(doc.accusations).toEqual([]);
  });

  it("calling an actor's conduct a breach accuses the actor", () => {
    const doc = run('Ortega called Lindqvist\'s conduct a "breach of trust" on Tuesday.');
    expect(pair(doc)).toContain("ortega>lindqvist");
  });

  it("'despite X's allegations of fraud' accuses the clause's subject for X", () => {
    const doc = run("The Dockworkers Union won the vote despite Ortega's allegations of widespread fraud.");
    expect(pair(doc)).toContain("ortega>union");
  });

  it("'despite X's support' accuses no one", () => {
    const doc = run("The Dockworkers Union lost the vote despite Ortega's support.");
    expect(doc.accusations).toEqual([]);
  });
});
