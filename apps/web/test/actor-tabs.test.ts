import { describe, expect, it } from "vitest";
import { actorTabHref, parseActorTab } from "@/lib/actor-tabs";

describe("parseActorTab", () => {
  it.each([
    ["", "timeline"],
    ["tab=accusations", "accusations"],
    ["tab=articles", "articles"],
    ["tab=%20claims%20", "claims"],
    ["tab=nonsense", "timeline"],
    ["tab=Accusations", "timeline"],
  ])("%s → %s", (query, expected) => {
    expect(parseActorTab(new URLSearchParams(query))).toBe(expected);
  });

  it("reads Next's searchParams object as it reads a URL", () => {
    expect(parseActorTab({ tab: ["responses", "claims"] })).toBe("responses");
    expect(parseActorTab({})).toBe("timeline");
  });
});

describe("actorTabHref", () => {
  it.each([
    ["", "accusations", "/actors/act_1?tab=accusations"],
    ["tab=claims", "timeline", "/actors/act_1"],
    ["from=2021-01-01&tab=claims", "denials", "/actors/act_1?from=2021-01-01&tab=denials"],
    ["from=2021-01-01&tab=claims", "timeline", "/actors/act_1?from=2021-01-01"],
  ] as const)("%s, %s → %s", (query, tab, expected) => {
    expect(actorTabHref("/actors/act_1", new URLSearchParams(query), tab)).toBe(expected);
  });
});
