import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences for constructions found missing on unseen articles: day
// adverbials inside a clause, nominal acts with their doer after "by", requests
// with the one asked before "to", acts whose doer is named after them, answers
// to an act told just before.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "rebels", names: ["The rebels", "the rebels", "rebels"], kind: "group" },
  { id: "envoy", names: ["Anna Berg"], kind: "person", affiliation: "eu" },
  { id: "front", names: ["the Islamic Front", "Islamic Front"], kind: "organization" },
  { id: "moldova", names: ["Moldova"] },
  { id: "greenpeace", names: ["Greenpeace"], kind: "organization" },
  { id: "shell", names: ["Shell"], kind: "organization" },
  { id: "court", names: ["The Supreme Court", "the Supreme Court", "the Berlin court"], kind: "organization" },
  { id: "acme", names: ["Acme Corp", "Acme"], kind: "organization" },
  { id: "jones", names: ["Mayor Jones", "Jones"], kind: "person" },
  { id: "greens", names: ["the Green Party", "Green Party"], kind: "organization" },
  { id: "senate", names: ["The Senate", "the Senate"], kind: "organization" },
  { id: "smith", names: ["Smith"], kind: "person" },
  { id: "committee", names: ["The committee", "the committee"], kind: "organization" },
  { id: "farmers", names: ["Thousands of farmers", "farmers"], kind: "group" },
  { id: "ministers", names: ["The ministers"], kind: "group" },
  { id: "ap", names: ["the Associated Press", "Associated Press"], kind: "media" },
  { id: "canada", names: ["Canada"] },
  { id: "army", names: ["The army", "the army"], kind: "organization", affiliation: "moldova" },
  {
    id: "state_dept",
    names: ["The State Department", "the State Department"],
    kind: "organization",
    affiliation: "usa",
  },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

function expectOne(text: string, want: WantedResponse): void {
  expectResponse(responses(text), want);
}

describe("responses on constructions of unseen articles", () => {
  it.each<[string, WantedResponse]>([
    // a day inside the clause: between a cue's words, between "was" and its participle
    ["The rebels met on Tuesday with Anna Berg in Geneva.", { type: "cooperate", actor: "rebels", targets: ["envoy"] }],
    ["Germany met last Friday with Sweden.", { type: "cooperate", actor: "germany", targets: ["sweden"] }],
    // the one asked stands between "want" and "to"
    ["Moldova wants Russia to withdraw its troops.", { type: "demand", actor: "moldova", targets: ["russia"] }],
    // a nominal act with its doer after "by" and its target after "against"
    [
      "The Supreme Court heard a lawsuit filed by Greenpeace against Shell.",
      { type: "legal_action", actor: "greenpeace", targets: ["shell"] },
    ],
    [
      "Mayor Jones announced the plan despite criticism by the Green Party.",
      { type: "reject", actor: "greens", targets: ["jones"] },
    ],
    ["The Senate confirmed Smith's nomination on Friday.", { type: "cooperate", actor: "senate", targets: ["smith"] }],
    [
      "According to the Associated Press, Iran has increased cooperation in recent years with the navies of China and Russia.",
      { type: "cooperate", actor: "iran", targets: ["china", "russia"] },
    ],
    [
      "Thousands of farmers gathered in Paris on Sunday for a rally against the reform.",
      { type: "protest", actor: "farmers" },
    ],
    // a court's ruling: against whom "against" names, not the side it favours
    [
      "The Supreme Court issued a ruling in favor of a lawsuit filed by Greenpeace against Shell.",
      { type: "legal_action", actor: "court", targets: ["shell"] },
    ],
    [
      "The case went to the Berlin court last year. Acme was ordered to pay the damages.",
      { type: "legal_action", actor: "court", targets: ["acme"] },
    ],
    // the doer the story names for an attack, after it
    [
      "A bombing in Moscow killed ten, another attack attributed to the Islamic Front.",
      { type: "military_action", actor: "front" },
    ],
    [
      "A truck was on Friday rammed into a police station in Russia. The assault was reportedly carried out by the Islamic Front.",
      { type: "military_action", actor: "front" },
    ],
    // an answer names no one: it answers whoever acted on its actor just before
    [
      "The committee issued subpoenas for the documents. Smith, however, refused to hand over the documents.",
      { type: "reject", actor: "smith", targets: ["committee"] },
    ],
    ["Canada criticized Moldova's plan on Monday.", { type: "reject", actor: "canada", targets: ["moldova"] }],
    // a passive with no agent: whoever acted on the same people before
    [
      "The committee issued subpoenas for Smith. Smith was later charged with contempt.",
      { type: "legal_action", actor: "committee", targets: ["smith"] },
    ],
    [
      "Greenpeace's lawsuit against Shell was dismissed.",
      { type: "legal_action", actor: "greenpeace", targets: ["shell"] },
    ],
    ["Germany had a phone conversation with Sweden.", { type: "cooperate", actor: "germany", targets: ["sweden"] }],
    [
      "Canada opposed the withdrawal of the Moldovan troops.",
      { type: "reject", actor: "canada", targets: ["moldova"] },
    ],
    ["The rebels shouted at Smith during his speech.", { type: "protest", actor: "rebels", targets: ["smith"] }],
    [
      "The rebels waged a guerrilla war against Moldova.",
      { type: "military_action", actor: "rebels", targets: ["moldova"] },
    ],
    ["Russia killed Smith in an airstrike.", { type: "military_action", actor: "russia", targets: ["smith"] }],
    ["Smith was killed by Russia in an airstrike.", { type: "military_action", actor: "russia", targets: ["smith"] }],
    ["The army placed Smith under house arrest.", { type: "legal_action", actor: "army", targets: ["smith"] }],
    [
      "The State Department designated the rebels as a terrorist organization.",
      { type: "sanction", actor: "state_dept", targets: ["rebels"] },
    ],
  ])("%s", (text, want) => expectOne(text, want));

  it.each([
    // a doer named next to "killed", not a collision, not "his" animals
    "Smith was in a collision which killed Anna Berg.",
    "Smith was killed by his lions on Tuesday.",
  ])("finds no attack in %s", (text) => {
    expect(responses(text).filter((r) => r.type === "military_action")).toEqual([]);
  });

  it("does not tell the act a request asks for as done", () => {
    const found = responses("Putin asked Germany to investigate Navalny.");
    expect(found.map((r) => r.type)).toEqual(["demand"]);
  });

  it("does not tell the act asked of someone named at length as done", () => {
    const found = responses(
      "Putin may have encouraged the newly elected German leader Anna Berg to investigate Navalny.",
    );
    expect(found.filter((r) => r.type === "investigate")).toEqual([]);
  });

  it("gives an agentless passive the actor of the same act just told, and no refusal for its ground", () => {
    const found = responses(
      "The Senate voted to hold Smith in contempt. Anna Berg was held in contempt in 2012 for refusing to hand over documents.",
    );
    expect(found.filter((r) => r.type === "reject")).toEqual([]);
    const second = found.find((r) => r.type === "legal_action" && r.targets.includes("envoy"));
    expect(second?.actor).toBe("senate");
  });

  it("keeps the patient of a retold act even when it is of the actor's own country", () => {
    const found = responsesAmong(
      "The Duma voted to hold Ivan Petrov in contempt. Oleg Sokolov was held in contempt in 2012 for refusing to hand over documents.",
      [
        ...WORLD,
        { id: "duma", names: ["The Duma", "the Duma"], kind: "organization", affiliation: "russia" },
        { id: "petrov", names: ["Ivan Petrov"], kind: "person" },
        { id: "sokolov", names: ["Oleg Sokolov"], kind: "person", affiliation: "russia" },
      ],
    );
    const second = found.find((r) => r.type === "legal_action" && r.evidence.start > 40);
    expect(second?.actor).toBe("duma");
    expect(second?.targets).toEqual(["sokolov"]);
  });

  it("lends no actor from a rule that acts on no one", () => {
    const found = responses("A majority of the Senate is needed to impeach an official. Smith was impeached in 1998.");
    expect(found.filter((r) => r.targets.includes("smith") && r.actor === "senate")).toEqual([]);
  });

  it("aims an attack that names no one at the state it struck", () => {
    expectOne("A truck was rammed into a police station in Moscow, an attack carried out by the Islamic Front.", {
      type: "military_action",
      actor: "front",
      targets: ["russia"],
    });
  });

  it("reads 'was further sanctioned' as a passive whose agent acted on the same one before", () => {
    expectOne("The United States sanctioned Smith in 2009. He was further sanctioned in 2011.", {
      type: "sanction",
      actor: "usa",
      targets: ["smith"],
    });
  });

  it.each([
    // "since Tuesday" says how long; the cue needs its words next to each other otherwise
    "Protests have taken place since Tuesday with Germany.",
    // no one asked: a wish for oneself, or for a state of things
    "Moldova wants to join the European Union.",
    "Russia wanted U.S. foreign policy to be more predictable.",
    // a gathering with no rally or protest is a meeting, not a protest
    "The ministers gathered in Cairo to discuss trade.",
    // "criticism" as a noun with no doer named after "by" is no act told here
    "He received criticism for the move.",
    // criticising an act done (a decision) accuses its doer; it is no refusal of a proposal
    "Canada sharply criticized the decision.",
  ])("finds no request, protest or refusal in %s", (text) => {
    const found = responses(text).filter((r) => ["demand", "protest", "reject", "cooperate"].includes(r.type));
    expect(found).toEqual([]);
  });
});
