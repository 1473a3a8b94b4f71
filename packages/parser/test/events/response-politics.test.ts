import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences for constructions of election, parliament and protest
// stories that unseen articles showed missed or misread: an endorsement of a
// candidate named after titles or an appositive, a protest whose means follow
// "by" (no passive agent), an object list a pronoun or an "of" phrase ends.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "moss", names: ["Senator Lena Moss", "Lena Moss", "Moss"], kind: "person" },
  { id: "strand", names: ["Paul Strand", "Strand"], kind: "person" },
  { id: "kern", names: ["Ida Kern", "Kern"], kind: "person" },
  { id: "assembly", names: ["the National Assembly", "National Assembly"], kind: "organization" },
  { id: "vold", names: ["Prime Minister Anna Vold", "Anna Vold", "Vold"], kind: "person" },
  { id: "greens", names: ["The Green Party", "the Green Party"], kind: "organization" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("responses in politics stories", () => {
  it.each<[string, WantedResponse]>([
    // the candidate backed, named after a title or an appositive's head
    [
      "On Monday, Senator Lena Moss endorsed former Governor Paul Strand for president.",
      { type: "cooperate", actor: "moss", targets: ["strand"] },
    ],
    [
      "Moss endorsed her former rival, Paul Strand, on Wednesday.",
      { type: "cooperate", actor: "moss", targets: ["strand"] },
    ],
    ["The Green Party said it was endorsing Ida Kern.", { type: "cooperate", actor: "greens", targets: ["kern"] }],
    // one of two backing a third: each is no target of the other
    ["Moss and Kern endorsed Paul Strand.", { type: "cooperate", actor: "kern", targets: ["strand"] }],
    // a relative clause set off by a dash, not a comma: its pronoun still stands for the name before it
    [
      "On Monday, Moss—who had previously endorsed Paul Strand for president—will headline a fundraiser.",
      { type: "cooperate", actor: "moss", targets: ["strand"] },
    ],
    [
      "Ida Kern — who endorsed Paul Strand last year — spoke on Monday.",
      { type: "cooperate", actor: "kern", targets: ["strand"] },
    ],
    // support declared for a candidate as an act, not a stance held ("supports Strand")
    [
      "Senator Lena Moss has come out in support of Paul Strand, the new favourite of many voters.",
      { type: "cooperate", actor: "moss", targets: ["strand"] },
    ],
    [
      "On Tuesday, Moss threw her support behind former Governor Paul Strand.",
      { type: "cooperate", actor: "moss", targets: ["strand"] },
    ],
    ["Ida Kern will throw her weight behind Paul Strand.", { type: "cooperate", actor: "kern", targets: ["strand"] }],
    // a plea made for someone to act, like a request made
    [
      "Prime Minister Anna Vold made a plea for the National Assembly to pass the budget.",
      { type: "demand", actor: "vold", targets: ["assembly"] },
    ],
    // an inquiry whose subject is its target, its doer inside the cue, as "the subject of US sanctions"
    [
      "Paul Strand was the subject of a German investigation after the leak.",
      { type: "investigate", actor: "germany", targets: ["strand"] },
    ],
  ])("%s", (text, want) => {
    expectResponse(responses(text), want);
  });

  it.each<[string, WantedResponse]>([
    // a request told as a noun: its owner asks whoever acts on it
    [
      "At the request of Prime Minister Anna Vold, Paul Strand dissolved the cabinet.",
      { type: "demand", actor: "vold", targets: ["strand"] },
    ],
    [
      "Strand dissolved the cabinet on Monday at the request of Prime Minister Anna Vold.",
      { type: "demand", actor: "vold", targets: ["strand"] },
    ],
  ])("%s", (text, want) => {
    expectResponse(responses(text), want);
  });

  it.each<[string, WantedResponse]>([
    // a decision told as the object of "announced" or "made" is an act told here, not one pointed back to
    ["Poland announced its decision to expel three Russian diplomats.", { type: "expel_diplomats", actor: "poland" }],
    [
      "Germany announced its decision to recall its ambassador to Russia.",
      { type: "recall_ambassador", actor: "germany" },
    ],
    [
      "Sweden made the decision to summon the Russian ambassador on Tuesday.",
      { type: "summon_envoy", actor: "sweden", targets: ["russia"] },
    ],
  ])("%s", (text, want) => {
    expectResponse(responses(text), want);
  });

  it("reads a court challenge of a possessed paper a few words long", () => {
    expectResponse(responses("Ida Kern said she would challenge Paul Strand's oath of office in court."), {
      type: "legal_action",
      actor: "kern",
      targets: ["strand"],
    });
  });

  it.each([
    "The decision to expel the Russian diplomats was criticised by Germany.",
    "Poland defended its decision to expel the diplomats.",
  ])("reads a decision pointed back to as no act in %s", (text) => {
    expect(responses(text).filter((r) => r.type === "expel_diplomats")).toEqual([]);
  });

  it("guesses no partner of the actor as its target", () => {
    const found = responses(
      "The Green Party, along with Senator Lena Moss, have announced their plans to oppose the bill by lawsuit.",
    );
    expect(found.filter((r) => r.targets.includes("greens") || r.targets.includes("moss"))).toEqual([]);
  });

  it("reads no request in 'requests of this nature'", () => {
    const found = responses("Strand would not consider requests of this nature from Anna Vold.");
    expect(found.filter((r) => r.type === "demand")).toEqual([]);
  });

  it("reads a protest's means after 'by' as no passive agent", () => {
    const found = responses(
      'Members of the National Assembly protested by shouting "shame on you!" during the speech of Anna Vold.',
    );
    expect(found.filter((r) => r.type === "protest" && r.actor === "vold")).toEqual([]);
    expect(found.filter((r) => r.type === "protest" && r.targets.includes("assembly"))).toEqual([]);
  });

  it.each([
    // a pronoun object ends the object: the name after the comma is a speaker
    "Moss fully endorsed it, Strand said.",
    // the object is the noun before "of": the name after is no one backed
    "Moss endorsed the candidacy of a man like Strand.",
    // a participle before the name: the object is the noun before it
    "Moss endorsed a candidate named Paul Strand.",
    // support for a thing, or weight thrown behind no one named
    "Moss threw her support behind the budget.",
    "Moss has come out in support of the new law.",
  ])("names no one endorsed in %s", (text) => {
    expect(responses(text).filter((r) => r.type === "cooperate")).toEqual([]);
  });
});
