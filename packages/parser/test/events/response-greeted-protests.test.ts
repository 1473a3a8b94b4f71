import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a passive of reception whose agent is a crowd of protest ("was greeted by
// protesters", "will be met with demonstrators") tells the crowd's protest against the one it met.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "moss", names: ["Senator Lena Moss", "Lena Moss", "Moss"], kind: "person" },
  { id: "protesters", names: ["protesters", "demonstrators"], kind: "group" },
];

const protests = (text: string) => responsesAmong(text, ACTORS).filter((r) => r.type === "protest");

describe("protests told as a reception", () => {
  it.each([
    "Senator Lena Moss was greeted by hundreds of protesters when she landed in Duluth.",
    "Moss will be met with as many as 4,000 demonstrators at the fairground on Saturday.",
    "On Friday Vladimir Putin was confronted by angry protesters outside the museum.",
  ])("reads the crowd met as protesting against the one it met: %s", (text) => {
    const told = protests(text);
    expect(told.length).toBe(1);
    expect(told[0]?.actor).toBe("protesters");
    expect(told[0]?.targets).toEqual([expect.stringMatching(/^(moss|putin)$/)]);
  });

  it("aims the protest at the subject, not at a place named after the crowd", () => {
    expectResponse(protests("Senator Lena Moss was greeted by protesters in Germany."), {
      type: "protest",
      actor: "protesters",
      targets: ["moss"],
    });
  });

  it.each([
    // a crowd that is no protest, an active verb, and a crowd beyond a comma
    "Senator Lena Moss was greeted by cheering supporters in Duluth.",
    "Senator Lena Moss greeted the protesters outside her office.",
    "Senator Lena Moss was met by her staff, while protesters waited outside.",
  ])("reads no protest where no crowd of protest meets the subject: %s", (text) => {
    expect(protests(text)).toEqual([]);
  });
});
