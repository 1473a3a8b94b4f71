import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: a pardon, a clemency or a commutation is a legal act of the one who
// grants it on the one who receives it; told in the passive with no agent it is the act of
// whoever the story told granting one before, never of the court that convicted the person.
const ACTORS: ActorSpec[] = [
  { id: "norland", names: ["Norland"] },
  { id: "court", names: ["the High Court of Norland", "the High Court"], kind: "organization", affiliation: "norland" },
  { id: "moss", names: ["Governor Ida Moss", "Moss"], kind: "person", affiliation: "norland" },
  { id: "vale", names: ["Oskar Vale", "Vale"], kind: "person", affiliation: "norland" },
  { id: "ruud", names: ["Lena Ruud", "Ruud"], kind: "person", affiliation: "norland" },
];

function legal(text: string) {
  return runEventStages(makeDoc(text, ACTORS)).responses.filter((r) => r.type === "legal_action");
}

describe("pardons, clemency and commutations", () => {
  it.each([
    ["Governor Ida Moss pardoned Oskar Vale on Friday."],
    ["Governor Ida Moss granted Oskar Vale a full and unconditional pardon."],
    ["Governor Ida Moss granted clemency to Oskar Vale after nine years."],
    ["Governor Ida Moss commuted the prison sentence of Oskar Vale."],
  ])("%s", (text) => {
    expectResponse(legal(text), { type: "legal_action", actor: "moss", targets: ["vale"] });
  });

  it("credits a passive clemency to the one told granting a pardon before", () => {
    const text =
      "Governor Ida Moss pardoned Oskar Vale on Friday. Lena Ruud was convicted by the High Court in 2010. Ruud was granted clemency after serving eight years.";
    const acts = legal(text).filter((r) => r.targets.includes("ruud"));
    expect(acts.map((r) => r.actor)).toEqual(["court", "moss"]);
  });

  it("does not credit a passive clemency to the court that convicted the person", () => {
    const text =
      "Lena Ruud was convicted by the High Court in 2010. Ruud was granted clemency after serving eight years.";
    expect(legal(text).map((r) => r.actor)).toEqual(["court"]);
  });
});
