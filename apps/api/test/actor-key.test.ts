import type { Actor } from "@newsgraph/parser";
import { describe, expect, it } from "vitest";
import { actorKeys } from "../src/identity/actor-key.js";
import { normalizePersonName } from "../src/identity/normalize-name.js";

const actor = (a: Partial<Actor> & Pick<Actor, "name" | "kind">): Actor => ({
  id: "x",
  aliases: [],
  affiliation: null,
  title: null,
  code: null,
  ...a,
});

describe("actorKeys", () => {
  const cases: [Actor, string | null, string, string[]][] = [
    [actor({ name: "Russian Federation", kind: "country", code: "RUS" }), null, "code:RUS", []],
    [actor({ name: "European Union", kind: "organization", code: "eu" }), null, "code:EU", []],
    [actor({ name: "Mr. José  Núñez Jr.", kind: "person" }), null, "person:jose nunez", []],
    [actor({ name: "Dr. Anthony Fauci", kind: "person" }), "USA", "person:anthony fauci", []],
    [actor({ name: "NATO", kind: "organization" }), null, "org:nato", []],
    [
      actor({ name: "World Health Organization", kind: "organization", aliases: ["WHO", "the agency"] }),
      null,
      "org:who",
      ["org:world health organization"],
    ],
    [actor({ name: "U.N.", kind: "organization" }), null, "org:un", []],
    [actor({ name: "Foreign Ministry", kind: "organization" }), "RUS", "org:RUS:foreign ministry", []],
    [actor({ name: "Foreign Ministry", kind: "organization" }), "CHN", "org:CHN:foreign ministry", []],
    [actor({ name: "the Senate", kind: "organization" }), "USA", "org:USA:senate", []],
    [actor({ name: "Trump administration", kind: "organization" }), "USA", "org:trump administration", []],
    [actor({ name: "Twitter", kind: "organization" }), "USA", "org:twitter", []],
    [actor({ name: "BBC", kind: "media" }), "GBR", "media:bbc", []],
    [actor({ name: "the West", kind: "group" }), null, "group:the west", []],
    [actor({ name: "The Washington Post", kind: "media" }), "USA", "media:washington post", []],
  ];
  it.each(cases)("%o (affiliated %s) → %s", (a, code, key, alternates) => {
    expect(actorKeys(a, code)).toEqual({ key, alternates });
  });

  it("keeps a one-word name even when it looks like an honorific", () => {
    expect(normalizePersonName("Sir")).toBe("sir");
  });
});
