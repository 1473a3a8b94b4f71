import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// A single person the story designates without a name and a legal act falls on
// ("arrested a 41-year-old Leeds man") is an actor, so the act keeps its target.
describe("unnamed persons acted on", () => {
  it("keeps an arrest of a person the story never names", () => {
    const text =
      "Northshire Constabulary said on Monday they had arrested a 41-year-old Leeds man over the theft of a painting. The painting has not been found.";
    const parsed = parseArticle(text);
    const man = parsed.actors.find((a) => a.aliases.includes("41-year-old Leeds man"));
    expect(man?.kind).toBe("person");
    expect(parsed.responses.some((r) => r.type === "legal_action" && r.targets.includes(man?.id ?? ""))).toBe(true);
  });

  it("ties the unnamed person to the name an identifying phrase gives", () => {
    const text =
      "A 30-year-old woman was arrested by Northshire Constabulary after a fire at a school. Reports on Tuesday named her as local resident Marta Vell.";
    const parsed = parseArticle(text);
    const vell = parsed.actors.find((a) => a.name === "Marta Vell");
    expect(vell?.aliases).toContain("30-year-old woman");
    expect(parsed.responses.some((r) => r.type === "legal_action" && r.targets.includes(vell?.id ?? ""))).toBe(true);
  });

  it("points later pronouns back to the unnamed person", () => {
    const text =
      "Northshire Constabulary arrested a 52-year-old man on Friday after a bank was robbed. They released him on bail on Saturday.";
    const parsed = parseArticle(text);
    const man = parsed.actors.find((a) => a.aliases.includes("52-year-old man"));
    expect(man).toBeDefined();
    expect(
      parsed.mentions.concat(parsed.references ?? []).some((m) => m.actor === man?.id && m.via === "pronoun"),
    ).toBe(true);
  });

  it("keeps a custody that falls on an unnamed person in the passive", () => {
    const text =
      "Northshire Constabulary opened an inquiry into the theft of a painting. Police said a 41-year-old man was taken into custody on Monday.";
    const parsed = parseArticle(text);
    const man = parsed.actors.find((a) => a.aliases.includes("41-year-old man"));
    expect(man?.kind).toBe("person");
    expect(parsed.responses.some((r) => r.type === "legal_action" && r.targets.includes(man?.id ?? ""))).toBe(true);
  });

  it("keeps an unnamed suspect a place follows as a passive's subject", () => {
    const text =
      "Northshire Constabulary opened an inquiry into the theft of a painting. Police said a suspect in Leeds was arrested on Monday.";
    const parsed = parseArticle(text);
    const suspect = parsed.actors.find((a) => a.kind === "person" && /suspect/.test(a.name));
    expect(parsed.responses.some((r) => r.type === "legal_action" && r.targets.includes(suspect?.id ?? "-"))).toBe(
      true,
    );
  });

  it("gives the story's police a charge on an unnamed person told with no agent", () => {
    const text =
      "Police in Northshire broke up a rally on Sunday. In another incident this month, a 78-year-old man was charged with assault after he punched a protester.";
    const parsed = parseArticle(text);
    const man = parsed.actors.find((a) => a.aliases.includes("78-year-old man"));
    const charge = parsed.responses.find((r) => r.type === "legal_action" && r.targets.includes(man?.id ?? "-"));
    expect(parsed.actors.find((a) => a.id === charge?.actor)?.name).toMatch(/police/i);
  });

  it("makes no actor of a person no act of the state falls on", () => {
    const text = "A 41-year-old Leeds man said the painting was beautiful. Northshire Constabulary opened an inquiry.";
    const parsed = parseArticle(text);
    expect(parsed.actors.some((a) => /man$/.test(a.name))).toBe(false);
  });

  it("credits a verdict on an unnamed person to the state the description names", () => {
    const text =
      "Peru and Norway signed a trade deal in Lima. Peru praised the deal and Peru hosted a dinner. A Norwegian man was convicted of fraud on Monday.";
    const parsed = parseArticle(text);
    const man = parsed.actors.find((a) => a.aliases.includes("Norwegian man"));
    const norway = parsed.actors.find((a) => a.name === "Norway");
    expect(
      parsed.responses.some(
        (r) => r.type === "legal_action" && r.actor === norway?.id && r.targets.includes(man?.id ?? ""),
      ),
    ).toBe(true);
  });

  it("ties an unnamed professional to the one person named with that title", () => {
    const text =
      "Northshire Constabulary arrested a doctor based in Leeds on Monday. Dr. Amos Pell was charged with fraud on Tuesday.";
    const parsed = parseArticle(text);
    const pell = parsed.actors.find((a) => a.name === "Amos Pell");
    expect(pell?.aliases).toContain("doctor");
    expect(parsed.actors.some((a) => a.name === "doctor")).toBe(false);
  });
});

// One who does violence, designated without a name ("a gunman shot shoppers"), is the attack's
// doer, and its plural victims a group, so the attack keeps both roles.
describe("unnamed doers and victims of attacks", () => {
  it("makes an unnamed gunman the doer and the shoppers shot the target", () => {
    const text = "A gunman shot shoppers at a market in Lyon on Sunday, French police said.";
    const parsed = parseArticle(text);
    const gunman = parsed.actors.find((a) => a.name === "gunman");
    const shoppers = parsed.actors.find((a) => a.name === "shoppers");
    expect(
      parsed.responses.some(
        (r) => r.type === "military_action" && r.actor === gunman?.id && r.targets.includes(shoppers?.id ?? ""),
      ),
    ).toBe(true);
  });

  it("counts victims of any plural noun for people ('two guards')", () => {
    const text = "A gunman shot two guards at the French embassy in Rome on Monday, Italian police said.";
    const parsed = parseArticle(text);
    const guards = parsed.actors.find((a) => a.aliases.includes("two guards"));
    expect(parsed.responses.some((r) => r.type === "military_action" && r.targets.includes(guards?.id ?? ""))).toBe(
      true,
    );
  });

  it("reads a two-word doer ('a suicide bomber'), not a plain 'bomber', which may be an aircraft", () => {
    const person = parseArticle(
      "A suicide bomber killed nine worshippers at a mosque in Kabul, Afghan officials said.",
    );
    expect(person.actors.some((a) => a.name === "suicide bomber" && a.kind === "person")).toBe(true);
    const plane = parseArticle("Navy records show a Japanese bomber had attacked a US vessel off Okinawa in 1945.");
    expect(plane.actors.some((a) => /bomber/.test(a.name))).toBe(false);
  });

  it("ties the unnamed doer to the person 'identified the suspect as' names", () => {
    const text =
      "A gunman shot shoppers at a market in Lyon on Sunday. French police identified the suspect as 30-year-old Jules Marnier of Dijon.";
    const parsed = parseArticle(text);
    const marnier = parsed.actors.find((a) => a.name === "Jules Marnier");
    expect(parsed.responses.some((r) => r.type === "military_action" && r.actor === marnier?.id)).toBe(true);
  });
});

// The doer of a violent act told in the passive may be a person designated without a name after
// its "by" ("was shot by a police officer", "was killed by a suicide bomber in Helmand"): that
// person is a participant, the attack's doer.
describe("unnamed doers after a violent passive's 'by'", () => {
  const doerOf = (text: string, victim: string) => {
    const parsed = parseArticle(text);
    const target = parsed.actors.find((a) => a.name === victim);
    const r = parsed.responses.find((x) => x.type === "military_action" && x.targets.includes(target?.id ?? ""));
    return parsed.actors.find((a) => a.id === r?.actor);
  };

  it("makes the person after 'by' the doer, across modifiers and a time phrase", () => {
    expect(doerOf("Dana Whitfield was fatally shot last year by a white police officer.", "Dana Whitfield")?.kind).toBe(
      "person",
    );
    expect(doerOf("Ned Varga was killed by a suicide bomber in Helmand.", "Ned Varga")?.kind).toBe("person");
  });

  it("makes no one of a 'by' phrase after an act that is no attack", () => {
    const parsed = parseArticle("Dana Whitfield was interviewed by a police officer on Tuesday.");
    expect(parsed.actors.some((a) => /officer/.test(a.name))).toBe(false);
  });
});
