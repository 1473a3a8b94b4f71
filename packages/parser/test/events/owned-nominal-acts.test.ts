import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse-article.js";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a nominal act owned by its doer and naming the one it is done to after its
// preposition ("her lawsuit against X", "its impeachment investigation into X", "Poland's expulsion
// of two Russian diplomats") is the possessor's act on that one, though a possessive otherwise points
// back like "the"; with no one named after the preposition nothing is told.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "house", names: ["the House of Representatives", "House of Representatives"], kind: "organization" },
  { id: "regulator", names: ["the Competition Bureau", "Competition Bureau"], kind: "organization" },
  { id: "acme", names: ["Acme Corporation", "Acme"], kind: "organization", affiliation: "uk" },
  { id: "becker", names: ["President Tom Becker", "Tom Becker", "Becker"], kind: "person", affiliation: "usa" },
  { id: "delgado", names: ["Maria Delgado", "Delgado"], kind: "person", affiliation: "usa" },
];

const among = (text: string) => responsesAmong(text, ACTORS);

describe("a nominal act owned by its doer", () => {
  it("is the possessor's act on the one its preposition names", () => {
    expectResponse(among("The Competition Bureau's inquiry into Acme Corporation ended in May."), {
      type: "investigate",
      actor: "regulator",
      targets: ["acme"],
    });
    expectResponse(
      among("Acme Corporation's new federal lawsuit against the Competition Bureau was heard in London."),
      {
        type: "legal_action",
        actor: "acme",
        targets: ["regulator"],
      },
    );
  });

  it("reads an 'its' across modifiers as its clause's subject", () => {
    expectResponse(
      among(
        "The House of Representatives issued a subpoena on Friday as part of its impeachment investigation into President Tom Becker.",
      ),
      { type: "investigate", actor: "house", targets: ["becker"] },
    );
  });

  it("reads 'her' as the person the pronoun stage resolves it to", () => {
    // a personal possessive needs the parser's pronoun stage: the whole pipeline
    const parsed = parseArticle(
      "The actress Maria Delgado spoke in Chicago on Monday. She said her lawsuit against President Tom Becker would go ahead.",
      { name: "x.txt", format: "text" },
    );
    expectResponse(parsed.responses, { type: "legal_action", actor: "maria-delgado", targets: ["tom-becker"] });
  });

  it("tells nothing when no one is named after its preposition", () => {
    const found = among("Acme Corporation said its investigation into the accounts of the firm had ended.");
    expect(found.filter((r) => r.type === "investigate")).toEqual([]);
  });
});

// a sided noun ("sanctions on", "invasion of", "talks with") is told only with its doer before it
// (a possessor or a name right before: "Russian sanctions on") and the one acted on after its link
describe("a sided noun", () => {
  it("is the act of the name before it on the one named after its link", () => {
    expectResponse(among("Greenpeace criticised the European Union's sanctions on Russia."), {
      type: "sanction",
      actor: "eu",
      targets: ["russia"],
    });
    expectResponse(among("Officials in Kyiv called Russia's invasion of Ukraine illegal."), {
      type: "military_action",
      actor: "russia",
      targets: ["ukraine"],
    });
    expectResponse(among("Observers in Geneva discussed Iranian threats against Sweden."), {
      type: "threaten",
      actor: "iran",
      targets: ["sweden"],
    });
    expectResponse(among("Germany's talks with Poland ended on Friday."), {
      type: "cooperate",
      actor: "germany",
      targets: ["poland"],
    });
  });

  it("tells nothing without both sides, nor a person's attack", () => {
    expect(among("The sanctions on Russia were lifted in May.").filter((r) => r.type === "sanction")).toEqual([]);
    expect(among("Critics called it an invasion of privacy.")).toEqual([]);
    expect(
      among("Vladimir Putin's attacks on Alexei Navalny were reported.").filter((r) => r.type === "military_action"),
    ).toEqual([]);
  });

  it("tells no plan, and takes a firm's name before an agreement for the agreement's name", () => {
    expect(
      among("Germany condemned Poland's proposed sanctions on Russia.").filter((r) => r.type === "sanction"),
    ).toEqual([]);
    expect(among("The Acme agreement with Poland was signed in 2001.").filter((r) => r.actor === "acme")).toEqual([]);
  });
});

// a participle names the sides of a mutual act after "between": the first named acts with the rest
describe("a mutual act naming its sides after 'between'", () => {
  it("is the first side's act with the others", () => {
    expectResponse(among("In May a treaty was signed between Sweden, Poland and Germany."), {
      type: "cooperate",
      actor: "sweden",
      targets: ["poland", "germany"],
    });
    expectResponse(among("Officials praised the deal brokered between Germany and Poland."), {
      type: "cooperate",
      actor: "germany",
      targets: ["poland"],
    });
  });

  it("tells a meeting between two sides named after it, their titles and a day between", () => {
    expectResponse(among("A 90-minute meeting on Monday between Mr. Becker and Ms. Delgado ended without a deal."), {
      type: "cooperate",
      actor: "becker",
      targets: ["delgado"],
    });
    expectResponse(among("Talks stalled after a meeting between President Tom Becker and Maria Delgado."), {
      type: "cooperate",
      actor: "becker",
      targets: ["delgado"],
    });
    expect(among("Aides discussed a proposed meeting between Becker and Delgado.")).toEqual([]);
  });

  it("needs two sides named, and a bare noun tells no act", () => {
    expect(among("A treaty was signed between Germany and its neighbours.")).toEqual([]);
    expect(among("He promised to broker a peace deal between Germany and Poland.")).toEqual([]);
  });
});
