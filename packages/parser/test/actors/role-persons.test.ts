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

describe("a role description is not the person who acts on it or speaks of it", () => {
  it("keeps the victim apart from the named killer and the quoted expert", () => {
    const ps = persons(
      "Tomas Verell shot a shopkeeper in Dunmore on Monday. The victim, a 60-year-old man, died later. Analyst Rina Spade said Tomas Verell killed the victim without warning. Professor Ola Brink told reporters the attacker was known to police.",
    );
    expect(ps.find((a) => a.name === "Tomas Verell")?.aliases ?? []).not.toContain("victim");
    expect(ps.find((a) => a.name === "Ola Brink")?.aliases ?? []).not.toContain("attacker");
  });

  it("does not make the untitled speaker quoting the role that participant", () => {
    const ps = persons("The attacker fled on foot. Mara Lind said the attacker wore a mask.");
    expect(ps.find((a) => a.name === "Mara Lind")?.aliases ?? []).not.toContain("attacker");
  });
});
