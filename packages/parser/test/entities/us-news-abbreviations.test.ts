import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: the abbreviations of US political news name no body.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("a state's dotted abbreviation after a town", () => {
  it.each([
    "DORVAL, N.H. (AP) — Lena Tyler said the vote was fair.",
    "Lena Tyler spoke in Dorval, N.H. on Monday and said the vote was fair.",
    "Lena Tyler spoke in Dorval, S.C., on Monday and said the vote was fair.",
  ])("is a place, no organization: %s", (text) => {
    expect(names(text).filter((n) => /^(?:[A-Z]\.)+$/.test(n))).toEqual([]);
  });
});

describe("a state's news-style abbreviation with its full stop", () => {
  it.each([
    "Sen. Lena Tyler (Fla.) said the vote was fair.",
    "Rep. Omar Tell (Tex.) and Sen. Lena Tyler (Ariz.) said the vote was fair.",
    "Lena Tyler said the Calif. vote was fair.",
  ])("is no organization: %s", (text) => {
    expect(names(text).filter((n) => /^(?:Fla|Calif|Tex|Ariz)$/.test(n))).toEqual([]);
  });
});

describe("'Sens.' and 'Reps.' before the names of several lawmakers", () => {
  it("are honorifics, no body", () => {
    const text = "Sens. Lena Tyler and Omar Tell voted no. Reps. Jo Lee and Carla Ortez said the bill was flawed.";
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(["Lena Tyler", "Omar Tell", "Jo Lee", "Carla Ortez"]));
    expect(found.some((n) => /Sens|Reps/.test(n))).toBe(false);
  });

  it("leave a state and a party's adjective before them out of the names", () => {
    const text = "Idaho Republican Sens. Lena Tyler and Omar Tell voted no. Tyler said the bill was flawed.";
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(["Lena Tyler", "Omar Tell"]));
    expect(found.some((n) => /Sens|Idaho Republican/.test(n))).toBe(false);
  });

  it("leave a state and the party's initials before them out of the names", () => {
    const text = "Idaho GOP Sen. Lena Tyler voted no. Tyler said the bill was flawed.";
    const found = names(text);
    expect(found).toContain("Lena Tyler");
    expect(found.some((n) => /Idaho GOP|Sen\./.test(n))).toBe(false);
  });
});

describe("a political action committee", () => {
  it("named only by the common noun 'super PAC' is no actor", () => {
    const text = "A super PAC backing Lena Tyler spent heavily. Tyler said super PACs were legal.";
    expect(names(text).some((n) => /PAC/.test(n))).toBe(false);
  });

  it("keeps its own name when the name ends in PAC", () => {
    const text = "The Dorval Families PAC paid for the ads, Lena Tyler said.";
    expect(names(text)).toContain("Dorval Families PAC");
  });
});

describe("US political bodies the gazetteer knows", () => {
  it("reads a body whose name opens with an ordinary word at a sentence's start", () => {
    const text = "Planned Parenthood said on Monday that Lena Tyler was wrong. Black Lives Matter agreed.";
    expect(names(text)).toEqual(expect.arrayContaining(["Planned Parenthood", "Black Lives Matter"]));
  });

  it("joins a body's short form to its full name", () => {
    const text =
      "The Democratic National Committee met on Monday. The DNC said the Fed was wrong, and the F.B.I. agreed.";
    const actors = parseArticle(text).actors;
    expect(actors.filter((a) => a.name === "Democratic National Committee")).toHaveLength(1);
    expect(actors.some((a) => a.name === "DNC")).toBe(false);
    expect(actors.find((a) => a.aliases.includes("Fed"))?.name).toBe("Federal Reserve");
    expect(actors.find((a) => a.aliases.includes("F.B.I."))?.name).toBe("Federal Bureau of Investigation");
  });
});
