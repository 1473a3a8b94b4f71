import type { GraphEdge, GraphNode } from "./force-layout";

interface ApiNetwork {
  nodes?: readonly ({ id?: string | null; name?: string | null; kind?: string | null } | null)[] | null;
  edges?:
    | readonly ({
        count?: number | null;
        accuser?: { id?: string | null } | null;
        accused?: { id?: string | null } | null;
      } | null)[]
    | null;
}

/** The API's network as the chart takes it; a node's size is its accusations within the current filters. */
export function toGraph(network: ApiNetwork | null | undefined): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const edges: GraphEdge[] = [];
  const activity = new Map<string, number>();
  for (const edge of network?.edges ?? []) {
    const source = edge?.accuser?.id;
    const target = edge?.accused?.id;
    const count = edge?.count ?? 0;
    if (!source || !target || count <= 0) continue;
    edges.push({ source, target, count });
    activity.set(source, (activity.get(source) ?? 0) + count);
    activity.set(target, (activity.get(target) ?? 0) + count);
  }
  const nodes: GraphNode[] = [];
  for (const node of network?.nodes ?? []) {
    if (!node?.id) continue;
    nodes.push({
      id: node.id,
      name: node.name ?? node.id,
      kind: node.kind ?? "",
      activity: activity.get(node.id) ?? 0,
    });
  }
  return { nodes, edges };
}

/** "accuser→accused" from the URL, or null. */
export function parseEdgeParam(value: string | null): { source: string; target: string } | null {
  const parts = value?.split("→");
  if (!parts || parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { source: parts[0], target: parts[1] };
}

export function edgeKey(edge: { source: string; target: string }): string {
  return `${edge.source}→${edge.target}`;
}
