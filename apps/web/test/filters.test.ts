import { describe, expect, it } from "vitest";
import { parseDay, parseFilters, withParams } from "@/lib/filters";

describe("parseDay", () => {
  it.each([
    ["2021-03-17", "2021-03-17"],
    ["2020-02-29", "2020-02-29"],
    ["2021-02-29", null],
    ["2021-13-01", null],
    ["2021-3-17", null],
    ["yesterday", null],
    [null, null],
  ])("%s → %s", (input, expected) => {
    expect(parseDay(input)).toBe(expected);
  });
});

describe("parseFilters", () => {
  it("reads the same filters from a URL and from Next's searchParams object", () => {
    const url = new URLSearchParams("from=2021-01-01&to=2021-12-31&category=election_interference");
    const object = { from: "2021-01-01", to: ["2021-12-31", "2022-01-01"], category: "election_interference" };
    expect(parseFilters(url)).toEqual(parseFilters(object));
    expect(parseFilters(url)).toEqual({ from: "2021-01-01", to: "2021-12-31", category: "election_interference" });
  });

  it("drops bad days and blank values, and puts a reversed range the right way round", () => {
    expect(parseFilters(new URLSearchParams("from=2021-99-01&category=%20"))).toEqual({
      from: null,
      to: null,
      category: null,
    });
    expect(parseFilters(new URLSearchParams("from=2022-01-01&to=2021-01-01"))).toMatchObject({
      from: "2021-01-01",
      to: "2022-01-01",
    });
  });
});

describe("withParams", () => {
  it("sets, replaces and removes keys, keeping the others", () => {
    const current = new URLSearchParams("from=2021-01-01&edge=a%E2%86%92b&sort=name");
    expect(withParams(current, { from: "2020-01-01", edge: null, q: "" })).toBe("?from=2020-01-01&sort=name");
    expect(withParams(current, { from: null, edge: null, sort: null })).toBe("");
    expect(withParams({ a: ["1", "2"], b: undefined }, { c: "x y" })).toBe("?a=1&a=2&c=x+y");
  });
});
