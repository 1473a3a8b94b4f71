import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: an unnamed participant designated by an event role is a person of its own.
const persons = (text: string) => parseArticle(text).actors.filter((a) => a.kind === "person");

describe("participants named by their role", () => {
  it("makes an acting attacker no one names a person, one across its role words", () => {
    const ps = persons(
      "A man stabbed three clerks at the town hall in Orlen on Friday. The attacker, a 52-year-old driver, was shot by a guard. Investigators said the assailant had planned it.",
    );
    const attacker = ps.find((a) => a.aliases.includes("attacker"));
    expect(attacker?.aliases).toContain("assailant");
    expect(ps).toHaveLength(1);
  });

  it("makes an acting victim a person", () => {
    const ps = persons(
      "Guards fired on a crowd in Melk. The victim, a nineteen-year-old student, was taken to hospital.",
    );
    expect(ps.map((a) => a.name)).toContain("victim");
  });

  it("reads the role as the untitled person named in its sentence", () => {
    const ps = persons(
      "The gunman surrendered to officers. Officials identified the suspect as 30-year-old Dana Hollis of Brest, a former cook.",
    );
    const hollis = ps.find((a) => a.name === "Dana Hollis");
    expect(hollis?.aliases).toEqual(expect.arrayContaining(["gunman", "suspect"]));
    expect(ps).toHaveLength(1);
  });

  it("does not tie the role to a titled person in its sentence", () => {
    const ps = persons("The attacker was arrested. Police spokesman Karl Ober said the attacker had a knife.");
    expect(ps.find((a) => a.name === "Karl Ober")?.aliases).not.toContain("attacker");
    expect(ps.map((a) => a.name)).toContain("attacker");
  });

  it("leaves a role that never heads a clause, and office titles, without an actor", () => {
    const ps = persons("A lawyer for the victim spoke to reporters. The official was not available for comment.");
    expect(ps).toHaveLength(0);
  });
});
