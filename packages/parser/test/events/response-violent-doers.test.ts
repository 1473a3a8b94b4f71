import { describe, expect, it } from "vitest";
import { namedAttacks } from "./named-attacks.js";

// Invented sentences: attacks whose doers and victims are collectives no name designates
// ("security forces shot dead roughly 100 demonstrators", "suicide bombers killed 130 people"),
// "attacked" told of one who does violence, and a doer a preposition governs.

describe("victims counted after a count's lead or a verb's particle", () => {
  it("reads 'shot dead roughly 100 demonstrators' and 'killed more than 400 protesters'", () => {
    expect(
      namedAttacks("Rights groups said security forces shot dead roughly 100 demonstrators in Dunmore in August."),
    ).toContainEqual({ actor: "security forces", targets: ["demonstrators"] });
    expect(
      namedAttacks(
        "Security forces have killed more than 400 protesters in the Varn region since March, the report said.",
      ),
    ).toContainEqual({ actor: "security forces", targets: ["protesters"] });
  });

  it("makes plural suicide bombers a group that kills", () => {
    expect(namedAttacks("Heavily armed suicide bombers killed 130 people in Dunmore on Friday night.")).toContainEqual({
      actor: "suicide bombers",
      targets: ["130 people"],
    });
  });
});

describe("'attacked' told of one who does violence", () => {
  it("is an attack by assailants or gunmen, active or passive", () => {
    expect(namedAttacks("Two assailants attacked Nabil Kasem outside his home in Dunmore on Sunday.")).toContainEqual({
      actor: "assailants",
      targets: ["Nabil Kasem"],
    });
    expect(namedAttacks("Nabil Kasem was attacked by masked gunmen outside his home on Sunday.")).toContainEqual({
      actor: "gunmen",
      targets: ["Nabil Kasem"],
    });
  });

  it("is words, not arms, of anyone else", () => {
    expect(namedAttacks("Senator Jo Roe attacked Governor Tim Bale over the budget on Tuesday.")).toEqual([]);
  });
});

describe("a name a preposition governs right before the verb", () => {
  it("is not the one who fired", () => {
    expect(
      namedAttacks("A couple claiming allegiance to the Varn Liberation Front shot dead 14 people in Dunmore.").map(
        (a) => a.actor,
      ),
    ).not.toContain("Varn Liberation Front");
  });
});
