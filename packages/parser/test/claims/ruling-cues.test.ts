import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: a court, a person and a ministry
const ACTORS: ActorSpec[] = [
  { id: "court", kind: "organization", names: ["Harbour Court"] },
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "ministry", kind: "organization", names: ["Ferry Ministry"] },
];

function said(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => `${c.speaker}: ${text.slice(c.content.start, c.content.end)}`);
}

describe("rulings, forecasts and reaffirmations report what they state", () => {
  it("'ruled the ban was unlawful' with and without 'that'", () => {
    expect(said("The Harbour Court ruled on Monday the ferry ban was unlawful.")).toEqual([
      "court: the ferry ban was unlawful",
    ]);
    expect(said("The Harbour Court ruled that the ferry ban was unlawful.")).toEqual([
      "court: the ferry ban was unlawful",
    ]);
  });

  it("'ruled against', 'ruled out' and 'ruled on the appeal of that decision' report nothing", () => {
    expect(said("The Harbour Court ruled against the ministry.")).toEqual([]);
    expect(said("Okafor ruled out a new bid for office.")).toEqual([]);
    expect(said("The Harbour Court ruled on the appeal of that decision by the Ferry Ministry.")).toEqual([]);
  });

  it("'reaffirmed that' and 'forecast that'", () => {
    expect(said("Okafor reaffirmed that the ferry would sail in May.")).toEqual([
      "okafor: the ferry would sail in May",
    ]);
    expect(said("The Ferry Ministry had forecast that fares would rise.")).toEqual(["ministry: fares would rise"]);
  });

  it("'concluded in that case that ...': the determiner 'that' opens no clause", () => {
    expect(said("The Harbour Court concluded in that case that the ministry had been careless.")).toEqual([
      "court: the ministry had been careless",
    ]);
  });
});
