import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents } from "./make-doc.js";

// invented campaign stories: accusation cues told as complaints, knocks, doubts and ire
const ACTORS = [
  { id: "price", names: ["Ellen Price", "Price"], kind: "person" as const },
  { id: "dalton", names: ["Mark Dalton", "Dalton"], kind: "person" as const },
  { id: "acme", names: ["Acme Corp"], kind: "organization" as const },
  { id: "norland", names: ["Norland"], kind: "country" as const },
];

const pairs = (text: string) => accusationPairs(parseClaimsAndEvents(text, ACTORS));

describe("complaints told with a 'that' clause", () => {
  it("reads the clause's subject as accused by the complainer", () => {
    expect(pairs("Price has complained that Acme Corp abandoned its workers.")).toEqual(["price>acme"]);
    expect(pairs("Price sniped that Dalton ran the company into the ground.")).toEqual(["price>dalton"]);
    expect(pairs("Price groused to a crowd in Norland that Dalton does not treat her properly.")).toEqual([
      "price>dalton",
    ]);
  });

  it("accuses no one when the clause opens on no actor, on a sufferer, or the complainer is a modifier", () => {
    expect(pairs("Price complained that the rules were unfair to Dalton.")).toEqual([]);
    expect(pairs("Price complained that Norland was attacked without warning.")).toEqual([]);
    expect(pairs("Dalton challengers complained that Acme Corp paid too little.")).toEqual([]);
    expect(pairs("Price did not complain that Dalton ran late.")).toEqual([]);
  });
});

describe("knocks, doubts and ire", () => {
  it("reads 'knocked X for' as criticism of X", () => {
    expect(pairs("Price knocked Dalton for his immigration bill.")).toEqual(["price>dalton"]);
    expect(pairs("Price knocked on doors for Dalton all weekend.")).toEqual([]);
  });

  it("reads 'questioning whether X ...' as doubt cast on X", () => {
    expect(pairs("Price is questioning whether Dalton would have attended the service.")).toEqual(["price>dalton"]);
    expect(pairs("Price questioned whether the plan would work.")).toEqual([]);
  });

  it("reads 'drew the ire of X' as X's criticism of the subject", () => {
    expect(pairs("Dalton drew the immediate ire of Ellen Price.")).toEqual(["price>dalton"]);
    expect(pairs("Dalton drew the curtains of the hall.")).toEqual([]);
  });
});

describe("labels of conduct and owned gerunds", () => {
  it("reads 'portraying X as a selfish / flip-flopping ...' as a damning label", () => {
    expect(pairs("Price spent the day portraying Dalton as a selfish corporate titan.")).toEqual(["price>dalton"]);
    expect(pairs("Price released an ad portraying Dalton as a flip-flopping politician.")).toEqual(["price>dalton"]);
    expect(pairs("Price spent the day portraying Dalton as a generous host.")).toEqual([]);
  });

  it("reads 'respond to X's calling him a jerk' as X's label for the sentence's subject", () => {
    expect(pairs("Mark Dalton took to the talk shows to respond to Ellen Price's calling him a jerk.")).toEqual([
      "price>dalton",
    ]);
    expect(pairs("Mark Dalton took to the talk shows to respond to Ellen Price's calling him a friend.")).toEqual([]);
  });
});
