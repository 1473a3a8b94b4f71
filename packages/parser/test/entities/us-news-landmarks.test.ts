import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: places and laws that US political news names as if they acted.
const actors = (text: string) => parseArticle(text).actors.map((a) => ({ name: a.name, kind: a.kind }));

describe("a landmark that stands for the body seated there", () => {
  it.each([
    ["Democrats on Capitol Hill said the plan would fail, Lena Tyler said.", /Capitol/],
    ["Lena Tyler said the order came from the Oval Office on Monday.", /Oval/],
    ["Capitol Hill was quiet as Omar Tell spoke.", /Capitol/],
  ])("is no person or organization: %s", (text, re) => {
    expect(actors(text).filter((a) => re.test(a.name) && a.kind !== "location")).toEqual([]);
  });
});

describe("a constitution's amendment", () => {
  it.each([
    "Lena Tyler said the First Amendment protects the speech.",
    "Gun owners defend their Second Amendment rights, Omar Tell said.",
    "The Fourteenth Amendment was cited by Lena Tyler.",
  ])("is a law, no actor: %s", (text) => {
    expect(actors(text).filter((a) => /Amendment/.test(a.name))).toEqual([]);
  });
});
