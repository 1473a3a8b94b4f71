import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences: criticism told as a verbal attack, a rail, a swipe or mockery
const ACTORS = [
  ...WORLD,
  { id: "lopez", names: ["Maria Lopez", "Lopez"], kind: "person" as const },
  { id: "hale", names: ["Tom Hale", "Hale"], kind: "person" as const },
  { id: "okafor", names: ["Ada Okafor", "Okafor"], kind: "person" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairs = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join("+")}`);

describe("verbal attacks on a person", () => {
  it("reads 'attacked X' with a person as its bare object as criticism", () => {
    expect(pairs("Lopez attacked Hale during the televised debate.")).toContain("lopez>hale");
  });

  it("reads 'attacked X on his record' as criticism", () => {
    expect(pairs("Lopez attacked Tom Hale on his record as mayor.")).toContain("lopez>hale");
  });

  it("reads 'X was attacked by Y' between persons as criticism", () => {
    expect(pairs("Hale was attacked by Lopez at the rally.")).toContain("lopez>hale");
  });

  it("does not read an attack on a country as criticism", () => {
    expect(pairs("Russia attacked Ukraine in the early hours.")).toEqual([]);
  });

  it("does not read a group attacked by a group as criticism", () => {
    expect(pairs("Police were attacked by protesters near the square.")).toEqual([]);
  });

  it("does not read a gerund after a preposition as an act", () => {
    expect(pairs("Lopez said her days of attacking Hale were over.")).not.toContain("lopez>hale");
    expect(pairs("Okafor prefers a positive message rather than attacking Hale.")).toEqual([]);
  });

  it("does not read 'attacked his rival' as an attack on the possessor", () => {
    expect(pairs("Hale attacked his rival in a speech on Monday.")).toEqual([]);
  });
});

describe("rails, swipes and mockery", () => {
  it("reads 'railed against X' as criticism", () => {
    expect(pairs("Lopez railed against Hale at a town hall.")).toContain("lopez>hale");
  });

  it("reads 'took a veiled swipe at X' and 'a parting shot at X' as criticism", () => {
    expect(pairs("Okafor took a veiled swipe at Hale over the delays.")).toContain("okafor>hale");
    expect(pairs("Okafor took a parting shot at Lopez in her farewell speech.")).toContain("okafor>lopez");
  });

  it("does not read a shot taken at a goal as criticism", () => {
    expect(pairs("Okafor took a shot at Hale from the edge of the box.")).toEqual([]);
  });

  it("reads 'mocked X for Y' as criticism, and bare mockery as none", () => {
    expect(pairs("Hale mocked Lopez for losing every primary.")).toContain("hale>lopez");
    expect(pairs("Hale mocked Lopez at the dinner.")).toEqual([]);
  });

  it("reads 'went after X', 'ripped into X' and 'bashed X' with a person as criticism", () => {
    expect(pairs("Lopez went after Hale on Tuesday.")).toContain("lopez>hale");
    expect(pairs("Lopez ripped into Hale for his tax plan.")).toContain("lopez>hale");
    expect(pairs("Okafor bashed Hale at the rally.")).toContain("okafor>hale");
  });

  it("reads swipes and shots taken without an article ('took some swipes at', 'has taken frequent shots at')", () => {
    expect(pairs("Lopez took some swipes at Hale during the debate.")).toContain("lopez>hale");
    expect(pairs("Okafor has taken frequent shots at Hale.")).toContain("okafor>hale");
    expect(pairs("Lopez swipes at Hale over trade.")).toContain("lopez>hale");
  });

  it("does not read these verbs with a thing or a country as their object", () => {
    expect(pairs("Lopez ripped the banner from the wall.")).toEqual([]);
    expect(pairs("Hale went after the nomination.")).toEqual([]);
    expect(pairs("Soldiers took shots at Russia's positions.")).toEqual([]);
  });

  it("reads 'hit X for Y' as criticism of a person", () => {
    expect(pairs("Lopez hit Hale for skipping the debate.")).toContain("lopez>hale");
    expect(pairs("On Monday, Okafor hits Tom Hale for his vote on the budget.")).toContain("okafor>hale");
  });

  it("does not read a place or country hit, nor the passive, as criticism", () => {
    expect(pairs("Russia hit Ukraine for the third night in a row.")).toEqual([]);
    expect(pairs("Hale was hit for the second time by Lopez.")).toEqual([]);
    expect(pairs("Lopez hit Hale with a chair.")).toEqual([]);
    // only the verb's own object: "hit the road with Hale for the first time" criticises no one
    expect(pairs("Lopez hit the road with Tom Hale for the first time.")).toEqual([]);
  });

  it("reads decrying or deploring an actor or its act as criticism of the actor", () => {
    expect(pairs("Lopez decried Hale's repeated calls to close the clinics.")).toContain("lopez>hale");
    expect(pairs("On Friday, Okafor deplored Tom Hale's handling of the flood.")).toContain("okafor>hale");
  });

  it("reads speaking out against an actor or its influence as criticism of the actor", () => {
    expect(pairs("Okafor also spoke out sharply against Hale's influence on the board.")).toContain("okafor>hale");
    expect(pairs("Lopez has spoken out against Tom Hale for years.")).toContain("lopez>hale");
  });

  it("does not read decrying a thing, or speaking out against one, as an accusation", () => {
    expect(pairs("Lopez decried the violence in the capital.")).toEqual([]);
    expect(pairs("Hale spoke out against the new tax on fuel.")).toEqual([]);
  });

  it("reads firing or hitting back at a person as criticism, and pointing the finger at one as blame", () => {
    expect(pairs("Lopez fired back at Tom Hale over the budget cuts.")).toContain("lopez>hale");
    expect(pairs("On Sunday, Okafor hit back at Hale.")).toContain("okafor>hale");
    expect(pairs("Lopez pointed the finger at Tom Hale for the failed rescue.")).toContain("lopez>hale");
  });

  it("does not read firing back at a country, or at no one named, as criticism", () => {
    expect(pairs("Russia fired back at Ukraine on Monday.")).toEqual([]);
    expect(pairs("Lopez pointed the finger at the weather.")).toEqual([]);
  });

  it("reads complaining or railing about an actor's conduct as criticism of the actor", () => {
    expect(pairs("Lopez complained bitterly about Hale's handling of the budget.")).toContain("lopez>hale");
    expect(pairs("Staff members complain of Hale's lack of communication, and Okafor agreed.")).not.toContain(
      "okafor>hale",
    );
    expect(pairs("Okafor railed about Tom Hale's habit of skipping meetings.")).toContain("okafor>hale");
    expect(pairs("Lopez railed at Hale's refusal to debate.")).toContain("lopez>hale");
  });

  it("does not read complaining about a thing, or to someone, as an accusation", () => {
    expect(pairs("Lopez complained about the weather in the capital.")).toEqual([]);
    expect(pairs("Okafor complained to Hale about the noise.")).toEqual([]);
  });

  it("reads hammering, savaging, skewering or pillorying an actor as criticism", () => {
    expect(pairs("Lopez has hammered Hale throughout the campaign.")).toContain("lopez>hale");
    expect(pairs("Okafor savaged Tom Hale as a crook in all but name.")).toContain("okafor>hale");
    expect(pairs("Lopez spent the evening skewering Hale for his record.")).toContain("lopez>hale");
  });

  it("does not read a storm hammering a place as criticism", () => {
    expect(pairs("The storm hammered Ukraine for three days.")).toEqual([]);
  });

  it("reads disparaging, demeaning or vilifying an actor as criticism", () => {
    expect(pairs("Okafor has demeaned Hale's experience on the trail.")).toContain("okafor>hale");
    expect(pairs("Lopez began vilifying Tom Hale in her speeches.")).toContain("lopez>hale");
    expect(pairs("Hale has not disparaged Lopez in public.")).toEqual([]);
  });

  it("reads trashing or taunting an actor as criticism", () => {
    expect(pairs("Okafor, stumping in Ohio, trashes Hale.")).toContain("okafor>hale");
    expect(pairs("Lopez trashed Tom Hale on the morning show.")).toContain("lopez>hale");
  });
});
