import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a legal participle with no auxiliary after a comma
// ("appeared in court, charged with murder") accuses the clause's subject
// when a wrong or crime follows it; a duty ("charged with overseeing") is none.
const ACTORS = [
  ...WORLD,
  { id: "kerr", names: ["Dana Kerr", "Kerr"], kind: "person" as const },
  { id: "court", names: ["Dublin District Court"], kind: "organization" as const },
  { id: "ireland", names: ["Ireland", "Irish"], kind: "country" as const },
  { id: "brandt", names: ["Heinz Brandt", "Brandt"], kind: "person" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairs = (doc: ReturnType<typeof run>) => doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("reduced legal participles", () => {
  it("'X appeared in court, charged with murder' accuses X", () => {
    const doc = run(
      "Dana Kerr appeared in Dublin District Court in Ireland on Monday, charged with one count of murder.",
    );
    expect(pairs(doc).some((p) => p.endsWith(">kerr"))).toBe(true);
  });

  it("'X, indicted for bribery, ...' accuses the name the comma follows", () => {
    const doc = run("Dana Kerr, indicted for bribery last year, resigned from the Irish cabinet on Monday.");
    expect(pairs(doc).some((p) => p.endsWith(">kerr"))).toBe(true);
  });

  it("a duty is no charge: '..., charged with overseeing the budget'", () => {
    const doc = run("Dana Kerr joined the Irish cabinet on Monday, charged with overseeing the budget.");
    expect(doc.accusations).toEqual([]);
  });
});

describe("a sentence served", () => {
  it("'X is serving a life sentence for the murder of ...' accuses X", () => {
    const doc = run(
      "Dana Kerr, 61, is serving a life sentence for the 1990 murder of a shopkeeper in Ireland. She was moved to another prison last week.",
    );
    expect(pairs(doc).some((p) => p.endsWith(">kerr"))).toBe(true);
  });

  it("the country the sentence is served in convicted", () => {
    const doc = run(
      "Dana Kerr had been serving a sentence in Ireland for hacking the accounts of officials. The United States charged Kerr in May.",
    );
    const served = doc.accusations.filter((a) => doc.text.slice(a.evidence.start, a.evidence.end).includes("serving"));
    expect(served.map((a) => `${a.accuser}>${a.accused.join(",")}`)).toEqual(["ireland>kerr"]);
  });

  it("a term served in an office names no wrong", () => {
    const doc = run("Dana Kerr served a term as mayor in Ireland for four years before her trial.");
    expect(doc.accusations).toEqual([]);
  });
});

describe("owned charges", () => {
  it("'X's charges involved bribery' accuses X", () => {
    const doc = run("Dana Kerr’s charges involved bribery and witness tampering. Her trial in Ireland opens in May.");
    expect(pairs(doc).some((p) => p.endsWith(">kerr"))).toBe(true);
  });
});

describe("owned convictions", () => {
  it("'after his conviction for fraud' accuses the owner", () => {
    const doc = run(
      "Dana Kerr was released from prison in Ireland on Monday. After her earlier conviction for fraud, Kerr lost her seat.",
    );
    expect(pairs(doc).some((p) => p.endsWith(">kerr"))).toBe(true);
  });

  it("'X's conviction' accuses X", () => {
    const doc = run("Officials in Ireland said Dana Kerr’s conviction would stand.");
    expect(pairs(doc).some((p) => p.endsWith(">kerr"))).toBe(true);
  });

  it("a belief is no verdict: 'her conviction that ...', 'the courage of her convictions'", () => {
    const doc = run(
      "Dana Kerr was released from prison in Ireland. She spoke with the courage of her convictions and her conviction that the law had been broken.",
    );
    expect(
      doc.accusations.filter((a) => doc.text.slice(a.evidence.start, a.evidence.end).includes("conviction")),
    ).toEqual([]);
  });

  it("a vacated conviction clears its owner", () => {
    const doc = run("A court in Ireland vacated Dana Kerr’s conviction on Monday.");
    expect(pairs(doc).some((p) => p.endsWith(">kerr"))).toBe(false);
  });
});

describe("owned convictions' owner", () => {
  it("'his' after a person named in the sentence is that person", () => {
    const doc = run(
      "Heinz Brandt was named deputy in Ireland on Monday. While Dana Kerr was known for her charity work, her conviction for fraud hurt her.",
    );
    const fraud = doc.accusations.filter((a) => doc.text.slice(a.evidence.start, a.evidence.end).includes("fraud"));
    expect(fraud.map((a) => a.accused.join(","))).toEqual(["kerr"]);
  });
});

describe("possession as a crime", () => {
  it("'X was detained ... for possession of ammunition' accuses X", () => {
    const doc = run("Dana Kerr was detained in Ireland on Friday for possession of ammunition.");
    expect(pairs(doc).some((p) => p.endsWith(">kerr"))).toBe(true);
  });
});
