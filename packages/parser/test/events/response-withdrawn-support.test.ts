import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong } from "./make-doc.js";

// Invented sentences: support or an endorsement withdrawn, rescinded or pulled from someone is a
// rejection of the one it backed (as a non-endorsement is), not a backing.
const ACTORS: ActorSpec[] = [
  { id: "moss", names: ["Senator Lena Moss", "Lena Moss", "Moss"], kind: "person" },
  { id: "varga", names: ["Governor Tomas Varga", "Tomas Varga", "Varga"], kind: "person" },
  { id: "union", names: ["the Teachers Union", "Teachers Union"], kind: "organization" },
];

const acts = (text: string) => responsesAmong(text, ACTORS);

describe("support withdrawn", () => {
  it.each([
    ["Senator Lena Moss withdrew her endorsement of Governor Tomas Varga on Saturday.", "moss", "varga"],
    ["The Teachers Union rescinded its support for Varga after the vote.", "union", "varga"],
    ["Moss pulled her backing from Tomas Varga in March.", "moss", "varga"],
  ])("reads %s as a rejection", (text, actor, target) => {
    const found = acts(text);
    expectResponse(found, { type: "reject", actor, targets: [target] });
    expect(found.some((r) => r.type === "cooperate")).toBe(false);
  });

  it("reads no rejection when no one backed is named", () => {
    expect(acts("Senator Lena Moss withdrew her support for the bill.").filter((r) => r.type === "reject")).toEqual([]);
  });
});
