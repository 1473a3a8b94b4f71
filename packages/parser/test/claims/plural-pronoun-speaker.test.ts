import { describe, expect, it } from "vitest";
import { type ActorSpec, claimsAmong } from "./hand-built-doc.js";

// invented story: a union, its members and the country they work in
const ACTORS: ActorSpec[] = [
  { id: "dock-union", kind: "organization", names: ["Harbour Workers Union"] },
  { id: "veldoria", kind: "country", names: ["Veldoria"] },
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
];

describe("'they' as a speaker", () => {
  it("stands for a body or group, not a country named after it", () => {
    const text =
      "The Harbour Workers Union met on Monday to discuss wages in Veldoria. They said the strike would go on until March.";
    expect(claimsAmong(text, ACTORS).map((c) => c.speaker)).toEqual(["dock-union"]);
  });

  it("still lets a country speak by its name", () => {
    const text = "The Harbour Workers Union met on Monday. Veldoria said the strike was illegal.";
    expect(claimsAmong(text, ACTORS).map((c) => c.speaker)).toEqual(["veldoria"]);
  });
});

describe("'X said they believe ...'", () => {
  it("is one claim of X, whoever else 'they' could stand for", () => {
    const text = "The Harbour Workers Union met on Monday. Ada Okafor said they believed the port would reopen soon.";
    const claims = claimsAmong(text, ACTORS);
    expect(claims.map((c) => c.content)).toEqual(["they believed the port would reopen soon"]);
  });
});
