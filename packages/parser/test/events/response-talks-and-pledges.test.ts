import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a party told as being in talks with another ("has been in secret talks with",
// "engaged in negotiations with"), and a pledge or declaration signed with another, cooperates with it.
const cooperation = (text: string) => responsesAmong(text, WORLD).filter((r) => r.type === "cooperate");

describe("talks and signed pledges as cooperation", () => {
  it.each([
    ["Poland has been in secret talks with Sweden since the spring.", "poland", "sweden"],
    ["Germany is in direct talks with Ukraine about the pipeline.", "germany", "ukraine"],
    ["China was engaged in negotiations with Iran over oil supplies.", "china", "iran"],
    ["Sweden signed a joint declaration with Poland on Tuesday.", "sweden", "poland"],
    ["China signed a pledge with Washington last year to stop hacking.", "china", "usa"],
  ])("reads %s", (text, actor, target) => {
    expectResponse(cooperation(text), { type: "cooperate", actor, targets: [target] });
  });

  it.each([
    // talks pointed back to, talks only wished for, and a pledge signed with no party named
    "The talks with Iran collapsed in March.",
    "Poland signed the pledge on Tuesday.",
  ])("reads no cooperation in %s", (text) => {
    expect(cooperation(text)).toEqual([]);
  });
});
