import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: after an accusation of, or a hostile act against, the
// speaker, the speaker's own account that calls the act innocent, lawful or
// ordinary is a denial, quoted or reported; the same words from someone never
// accused, a negated account and an attributive adjective ("fine people") are not.
const ACTORS = [
  ...WORLD,
  { id: "varga", names: ["Ilona Varga", "Varga"], kind: "person" as const, affiliation: "usa" },
  { id: "okafor", names: ["Daniel Okafor", "Okafor"], kind: "person" as const },
  {
    id: "high_court",
    names: ["the High Court of Arden", "High Court of Arden"],
    kind: "organization" as const,
    affiliation: "usa",
  },
  {
    id: "prosecutors",
    names: ["Federal prosecutors", "federal prosecutors"],
    kind: "organization" as const,
    affiliation: "usa",
  },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const deniers = (text: string) => run(text).denials.map((d) => d.denier);

describe("the accused's own account", () => {
  it("reads a reported claim that the act was lawful as a denial by the accused", () => {
    expect(
      deniers("Federal prosecutors accused Varga of bribing a customs officer. Varga said the payment was lawful."),
    ).toEqual(["varga"]);
  });

  it("reads a quoted characterisation as routine as a denial", () => {
    expect(
      deniers(
        'Russia accused Okafor of spying on the navy base. Okafor described the visit as "entirely routine and open."',
      ),
    ).toEqual(["okafor"]);
  });

  it("reads 'simply did X' as the accused's account", () => {
    expect(
      deniers(
        "Federal prosecutors accused Varga of smuggling antiques. Varga argued she simply followed the instructions of her employer.",
      ),
    ).toEqual(["varga"]);
  });

  it("reads the account of one found against by a court of its own country", () => {
    expect(
      deniers(
        "Okafor petitioned the High Court of Arden. The appeals court found Varga's order was unlawful. Varga said the order was legal and necessary.",
      ),
    ).toEqual(["varga"]);
  });

  it("reads the account of each doer a wrong names after 'by', wherever the wrong is told", () => {
    const doc = run(
      'Varga claimed the sale was consensual. Okafor said, "My contract was violated by Russia, Varga and two guards."',
    );
    expect(doc.accusations.map((a) => a.accused)).toEqual([["russia", "varga"]]);
    expect(doc.denials.map((d) => d.denier)).toEqual(["varga"]);
  });

  it("does not read the same words from someone never accused", () => {
    expect(deniers("Okafor said the payment was lawful.")).toEqual([]);
  });

  it("does not read a negated account", () => {
    expect(
      deniers("Federal prosecutors accused Varga of bribing a customs officer. Varga said the payment was not lawful."),
    ).toEqual([]);
  });

  it("does not read what ought to be or would be as an account of the act", () => {
    expect(
      deniers("Federal prosecutors accused Varga of bribing a customs officer. Varga said such gifts should be legal."),
    ).toEqual([]);
    expect(
      deniers(
        "Federal prosecutors accused Varga of bribing a customs officer. Varga said a smaller gift would have been fine.",
      ),
    ).toEqual([]);
  });

  it("does not read an adjective before a noun", () => {
    expect(
      deniers("Russia accused Okafor of spying on the navy base. Okafor said there were fine people on the base."),
    ).toEqual([]);
  });
});

// Invented sentences: the story tells the arrest or the charge without naming
// who brought it; the subject's own account after it still answers it.
describe("an own account after an agentless arrest or charge", () => {
  it("reads 'said he had done nothing wrong' after 'was arrested'", () => {
    expect(
      deniers("Okafor, a former customs chief, was arrested on Friday. Okafor said he had done nothing wrong."),
    ).toEqual(["okafor"]);
  });

  it("reads a quoted 'I am innocent' after 'faces three charges'", () => {
    expect(deniers('Okafor faces three charges of embezzlement. "I am innocent," Okafor told reporters.')).toEqual([
      "okafor",
    ]);
  });

  it("does not take a name before 'a system that has been criticized' for the one criticized", () => {
    expect(
      deniers("Okafor praised a system that has been criticized for years. Okafor said the rules were fine."),
    ).toEqual([]);
  });

  it("does not take a negated arrest for one", () => {
    expect(deniers("Okafor was not arrested on Friday. Okafor said the visit was routine.")).toEqual([]);
  });

  it("reads 'entered a plea of not guilty' as a denial", () => {
    expect(deniers("Okafor entered a plea of not guilty at the hearing.")).toEqual(["okafor"]);
  });
});

// Invented sentences: an accuser that is no actor ("the newspaper", "officials")
// still makes the one named after the accusing verb the accused side.
describe("an own account after an accusation by no actor", () => {
  it("reads 'insisted it had nothing to do with' after 'the newspaper accused X'", () => {
    expect(
      deniers(
        "A local newspaper accused Okafor of hiding the losses. Okafor insisted he had nothing to do with the accounts.",
      ),
    ).toEqual(["okafor"]);
  });

  it("does not take the object of a passive participle for the accused", () => {
    expect(
      deniers("The report was criticized by Okafor for its tone. Okafor said he had nothing to do with the report."),
    ).toEqual([]);
  });
});

// Invented sentences: a speaker's account of another, accused before and the
// subject of the claim, denies for them.
describe("an account of another accused", () => {
  it("reads 'said Varga was innocent' by another after Varga was charged", () => {
    expect(deniers("Varga was charged with fraud on Monday. Okafor said Varga was innocent.")).toEqual(["okafor"]);
  });

  it("reads 'her client had done nothing wrong' after an arrest", () => {
    expect(deniers("Okafor was arrested in the port on Friday. Varga said her client had done nothing wrong.")).toEqual(
      ["varga"],
    );
  });

  it("does not read an account of one never accused as a denial", () => {
    expect(deniers("Varga won the election on Monday. Okafor said Varga was innocent of any scheming.")).toEqual([]);
  });
});

describe("a rebuttal of an accusation", () => {
  it("reads 'rebutted the accusation' as a denial", () => {
    expect(
      deniers(
        "Federal prosecutors accused Varga of hiding the losses. Varga rebutted the accusation in a long letter.",
      ),
    ).toEqual(["varga"]);
  });
});
