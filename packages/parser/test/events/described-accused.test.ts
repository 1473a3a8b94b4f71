import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline (actors, claims, then accusations), as an unseen
// article is: the accused named by a definite description of a body the story named before.
function accusations(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.accusations.map((x) => `${name(x.accuser)} > ${x.accused.map(name).join(", ")}`);
}

describe("a definite description after an accusing verb", () => {
  it("reads 'accused the airline of ...' as the airline the story named", () => {
    expect(
      accusations(
        "Regulator Targets Airline\n\nNorvik Airlines carried two million passengers last year. On Monday, Transport Minister Olaf Berg accused the airline of hiding safety reports.",
      ),
    ).toContain("Olaf Berg > Norvik Airlines");
  });

  it("reads a participle's object the same way ('accusing the company of ...')", () => {
    expect(
      accusations(
        "Miner Sued\n\nTalmaris Mining Corporation opened a new pit in March. State auditor Rhea Lund filed a complaint on Friday, accusing the company of polluting the river.",
      ),
    ).toContain("Rhea Lund > Talmaris Mining Corporation");
  });

  it("keeps 'the network of' a noun's own complement after any other verb", () => {
    const text =
      "Tunnels Found\n\nVarga Broadcasting Corporation aired the report on Sunday. Police chief Ada Moor said officers found the network of tunnels under the border.";
    const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
    expect(a.mentions.some((m) => text.slice(m.start, m.end) === "network")).toBe(false);
  });
});
