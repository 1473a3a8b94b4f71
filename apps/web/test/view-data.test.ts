import { describe, expect, it } from "vitest";
import { actorTimeline } from "@/lib/actor-timeline";
import { safeExternalUrl } from "@/lib/item-href";
import { edgeKey, parseEdgeParam, toGraph } from "@/lib/network-data";

describe("toGraph", () => {
  it("sizes nodes by their accusations within the filtered edges and drops broken edges", () => {
    const graph = toGraph({
      nodes: [
        { id: "a", name: "A", kind: "country" },
        { id: "b", name: "B", kind: "person" },
        { id: "c", name: null, kind: null },
      ],
      edges: [
        { count: 3, accuser: { id: "a" }, accused: { id: "b" } },
        { count: 2, accuser: { id: "b" }, accused: { id: "a" } },
        { count: 0, accuser: { id: "a" }, accused: { id: "c" } },
        { count: 5, accuser: null, accused: { id: "c" } },
      ],
    });
    expect(graph.edges).toEqual([
      { source: "a", target: "b", count: 3 },
      { source: "b", target: "a", count: 2 },
    ]);
    expect(graph.nodes.map((n) => [n.id, n.name, n.activity])).toEqual([
      ["a", "A", 5],
      ["b", "B", 5],
      ["c", "c", 0],
    ]);
  });

  it("round-trips an edge through the URL and rejects malformed ones", () => {
    expect(parseEdgeParam(edgeKey({ source: "act_1", target: "act_2" }))).toEqual({ source: "act_1", target: "act_2" });
    expect(parseEdgeParam("act_1")).toBeNull();
    expect(parseEdgeParam("→act_2")).toBeNull();
    expect(parseEdgeParam(null)).toBeNull();
  });
});

describe("actorTimeline", () => {
  it("merges the actor's items newest first, undated last, without duplicates", () => {
    const entries = actorTimeline([
      {
        kind: "accusation made",
        items: [{ id: "1", date: "2021-03-01", evidence: { text: "x" }, article: { id: "art" } }],
      },
      {
        kind: "denial",
        items: [
          { id: "2", date: null },
          { id: "3", date: "2021-04-01" },
        ],
      },
      { kind: "accusation made", items: [{ id: "1", date: "2021-03-01" }] },
    ]);
    expect(entries.map((e) => [e.id, e.kind])).toEqual([
      ["3", "denial"],
      ["1", "accusation made"],
      ["2", "denial"],
    ]);
    expect(entries[1]).toMatchObject({ text: "x", articleId: "art" });
  });
});

describe("safeExternalUrl", () => {
  it("lets only web links out", () => {
    expect(safeExternalUrl("https://example.org/a?b=c")).toBe("https://example.org/a?b=c");
    expect(safeExternalUrl("javascript:alert(1)")).toBeNull();
    expect(safeExternalUrl("data:text/html,<script>")).toBeNull();
    expect(safeExternalUrl("not a url")).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
  });
});
