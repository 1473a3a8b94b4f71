import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: words of protest and violence that political stories use
// for campaigning and quarrels ("clashed with the anchor", "rallied supporters",
// "fired back at", "held campaign rallies", "shelled out"), which are no protest
// and no attack, beside the literal uses that still count; and "attacked", which
// is an attack only with a military or public target or a weapon named.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "moss", names: ["Senator Lena Moss", "Lena Moss", "Moss"], kind: "person" },
  { id: "strand", names: ["Paul Strand", "Strand"], kind: "person" },
  { id: "kern", names: ["Ida Kern", "Kern"], kind: "person" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);
const types = (text: string) => responses(text).map((r) => r.type);

describe("figurative protest and attack words", () => {
  it.each<string>([
    // a quarrel between politicians is no clash of crowds
    "Moss clashed on Monday with Paul Strand over the budget.",
    "Moss has clashed repeatedly with Strand in debates.",
    // rallying supporters or behind someone backs them
    "Moss rallied supporters by warning that Strand would win.",
    "Local leaders said they had rallied behind Strand.",
    // a candidate's rallies are election events
    "Strand continued to hold campaign rallies across the state.",
    "Moss held a victory rally in Warsaw.",
    // showing something is no demonstration
    "Moss demonstrated just how easily Strand could be beaten.",
    // attacking a person or an institution in words
    "Putin attacked the United States for its sanctions.",
    "Moss attacked the church for its stance on Strand.",
    // a thing that threatens makes no threat, and no one named before it made one
    "Moss said the New Hampshire primary threatens to knock Strand out of the race.",
    "Putin attended a debate that threatened to make or break the campaign.",
    // answering a critic is no shooting
    "Moss fired back at Strand over the credit rating.",
    // paying is no shelling
    "Moss shelled out millions for advertising against Strand.",
  ])("%s", (text) => {
    expect(types(text).filter((t) => t === "protest" || t === "military_action" || t === "threaten")).toEqual([]);
  });

  it.each<[string, WantedResponse]>([
    ["Protesters clashed with police outside the parliament.", { type: "protest", actor: "protesters" }],
    ["Thousands of protesters rallied outside the Kremlin on Sunday.", { type: "protest", actor: "protesters" }],
    ["Protesters marched through Moscow on Sunday.", { type: "protest", actor: "protesters" }],
    // a campaign group's protest is one
    ["The Fair Wages campaign protested outside the Kremlin.", { type: "protest", actor: "protesters" }],
    ["Police fired on protesters in Moscow.", { type: "military_action", actor: "police", targets: ["protesters"] }],
    ["Russia shelled Ukrainian positions overnight.", { type: "military_action", actor: "russia" }],
    [
      "Russian troops attacked a Ukrainian convoy near Kharkiv.",
      { type: "military_action", actor: "russia", targets: ["ukraine"] },
    ],
    ["Iran attacked the United States with missiles.", { type: "military_action", actor: "iran", targets: ["usa"] }],
    ["Russia threatened to expel Polish diplomats.", { type: "threaten", actor: "russia", targets: ["poland"] }],
  ])("%s", (text, want) => {
    expectResponse(responses(text), want);
  });
});
