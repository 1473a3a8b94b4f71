import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences for arrests of a person first left unnamed ("a man", "the woman")
// whom the story identifies in an identifying phrase: the person named there is the
// one acted on; with no such phrase the act keeps no target.
const TOWN: ActorSpec[] = [
  { id: "norland", names: ["Norland"] },
  { id: "police", names: ["Norlandic police", "the police"], kind: "organization", affiliation: "norland" },
  { id: "klein", names: ["Ana Klein", "Klein"], kind: "person" },
  { id: "roth", names: ["Ben Roth", "Roth"], kind: "person" },
];

function arrests(text: string) {
  return runEventStages(makeDoc(text, TOWN)).responses.filter((r) => r.type === "legal_action");
}

describe("an unnamed person acted on is the one the story identifies", () => {
  it.each([
    "Norlandic police detained the man, later identified as Ben Roth, near the station.",
    "Norlandic police arrested a 30-year-old man on Friday. Reports named him on Saturday as local teacher Ben Roth.",
    "A 30-year-old man was arrested by Norlandic police on Friday. He was identified only as 'Ben Roth'.",
    "Norlandic police arrested a man in connection with the fire. Ben Roth, a neighbour, said the man was suspected to be his cousin. The suspect is believed to be Ben Roth.",
  ])("%s", (text) => {
    expectResponse(arrests(text), { type: "legal_action", actor: "police", targets: ["roth"] });
  });

  it("takes the identification after the act before one told earlier", () => {
    const text =
      "A woman named Ana Klein called the police. Norlandic police later arrested a man, identified as Ben Roth.";
    expectResponse(arrests(text), { type: "legal_action", actor: "police", targets: ["roth"] });
  });

  it("gives no target when the story identifies no one", () => {
    expect(arrests("Norlandic police arrested a man on Friday. Ana Klein said she saw the arrest.")).toEqual([]);
  });

  it("does not read a named object as unnamed ('arrested the Norland man Ben Roth')", () => {
    const found = arrests("Norlandic police arrested Ben Roth on Friday. A woman named Ana Klein saw it.");
    expectResponse(found, { type: "legal_action", actor: "police", targets: ["roth"] });
  });
});
