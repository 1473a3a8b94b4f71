import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: two councillors and a ferry line
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "lind", kind: "person", names: ["Bo Lind", "Lind"] },
  { id: "ferries", kind: "organization", names: ["Lakeline Ferries"] },
];

function contents(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.content.start, c.content.end));
}

describe("'add' with a bare noun phrase after it puts something in, it reports nothing", () => {
  it.each([
    ["Lakeline Ferries added 140 crossings in March."],
    ["The new timetable adds another hurdle for commuters."],
    ["The strike has given added weight to the union's case."],
    ["Okafor praised the plan, adding a word of thanks for the crews."],
  ])("%s", (text) => {
    expect(contents(text)).toEqual([]);
  });
});

describe("'add' with a clause or a quotation after it still reports", () => {
  it.each([
    ["Okafor added the crossings would resume in May.", "the crossings would resume in May"],
    ["Lind spoke for an hour, adding it needed more crews.", "it needed more crews"],
    ["Okafor added that the fares were fair.", "the fares were fair"],
    ['Lind added commuters "are still waiting for answers."', 'commuters "are still waiting for answers."'],
    ["Okafor added Lind wanted a recount.", "Lind wanted a recount"],
  ])("%s", (text, content) => {
    expect(contents(text)).toEqual([content]);
  });
});
