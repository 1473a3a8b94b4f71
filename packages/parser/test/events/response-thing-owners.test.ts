import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { makeDoc, runEventStages, STATE_POLITICS, WORLD } from "./make-doc.js";

// invented sentences: acts aimed at a thing (a plan, a deal, a decision) are aimed at its owner
const ACTORS = [...WORLD, ...STATE_POLITICS];

function run(text: string) {
  return runEventStages(makeDoc(text, ACTORS));
}

describe("acts on a thing are aimed at its owner", () => {
  it("reads 'called X's plan \"reckless\"' as a rejection aimed at the plan's possessor", () => {
    const doc = run('Senator Ruth Okafor called Governor Hal Brandt\'s proposed tax plan "reckless" on Friday.');
    expectResponse(doc.responses, { type: "reject", actor: "okafor", targets: ["brandt"] });
  });

  it("finds the owner of 'the agreement' in the sentence that brought it in", () => {
    const doc = run(
      "Sweden and Poland signed a fishing agreement in March. Germany rejected the agreement on Tuesday.",
    );
    expectResponse(doc.responses, { type: "reject", actor: "germany", targets: ["sweden", "poland"] });
  });

  it("takes a thing of the same class told before, named by a compound of demonyms", () => {
    const doc = run(
      "The Swedish-Polish fishing accord angered fishermen. On Tuesday Germany rejected the demarcation, and Russia said talks would go on.",
    );
    expectResponse(doc.responses, { type: "reject", actor: "germany", targets: ["sweden", "poland"] });
  });

  it("reads 'X's decision prompted objections from Y' as Y's rejection aimed at X", () => {
    const doc = run("Germany's decision prompted objections from Poland.");
    expectResponse(doc.responses, { type: "reject", actor: "poland", targets: ["germany"] });
  });

  it("reads 'objected to the plan of X' as aimed at X", () => {
    const doc = run("Poland objected to the plan of the State Assembly on Friday.");
    expectResponse(doc.responses, { type: "reject", actor: "poland", targets: ["assembly"] });
  });

  it("reads 'the plan was rejected by X' as X's rejection aimed at the plan's owner, not a person criticised", () => {
    const doc = run("On Monday the fishing plan drafted by Sweden was rejected by Poland.");
    expectResponse(doc.responses, { type: "reject", actor: "poland", targets: ["sweden"] });
    const owned = run("Governor Hal Brandt's proposal was rejected by the State Assembly.");
    expectResponse(owned.responses, { type: "reject", actor: "assembly", targets: ["brandt"] });
    const person = run("Senator Ruth Okafor was criticised by Governor Hal Brandt.");
    expect(person.responses.filter((r) => r.type === "reject")).toEqual([]);
  });

  it("does not read 'agreed to pay the bill' as an act on a law's owner", () => {
    const doc = run("Okafor agreed to pick up the Assembly bill at the restaurant.");
    expect(doc.responses.filter((r) => r.targets.includes("assembly"))).toEqual([]);
  });
});

describe("everyday response phrasings", () => {
  it("reads 'is under X sanctions' as X's sanction on the subject", () => {
    const doc = run("Iran is already under EU sanctions.");
    expectResponse(doc.responses, { type: "sanction", actor: "eu", targets: ["iran"] });
  });

  it("reads 'signed a letter of intent' as cooperation", () => {
    const doc = run("Germany signed a letter of intent with Poland on gas deliveries.");
    expectResponse(doc.responses, { type: "cooperate", actor: "germany", targets: ["poland"] });
  });

  it("reads 'met for a summit' as a meeting of the parties named", () => {
    const doc = run("Sweden and Poland met for their seventh summit in Warsaw.");
    expectResponse(doc.responses, { type: "cooperate", actor: "sweden", targets: ["poland"] });
  });

  it("reads a body gathered with placards as a protest, but not one gathered to talk", () => {
    const doc = run("Members of the State Assembly gathered in the square with placards criticising Putin.");
    expectResponse(doc.responses, { type: "protest", actor: "assembly" });
    const talk = run("Members of the State Assembly gathered in the square to discuss the budget with Putin.");
    expect(talk.responses.filter((r) => r.type === "protest")).toEqual([]);
  });

  it("reads 'refrained from making any comments' as declining to comment", () => {
    const doc = run(
      "On Monday the State Assembly refrained from announcing a position or making any comments on Brandt's plan.",
    );
    expectResponse(doc.responses, { type: "decline_comment", actor: "assembly", targets: ["brandt"] });
  });
});
