import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  /** Accusations made and received: the node's size. */
  activity: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  count: number;
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  r: number;
}

interface SimNode extends PlacedNode {
  index?: number;
  vx?: number;
  vy?: number;
}

export function nodeRadius(activity: number): number {
  return Math.min(30, 7 + 4 * Math.sqrt(Math.max(0, activity)));
}

/**
 * Places the nodes with a force simulation run to rest up front, rather than
 * animated, so the picture is stable and the same on every render (d3-force
 * seeds its own random source). Edges to unknown nodes are dropped.
 */
export interface GraphLayout {
  nodes: PlacedNode[];
  edges: GraphEdge[];
  /** The box the picture occupies, labels included: the SVG's viewBox. */
  bounds: { x: number; y: number; width: number; height: number };
}

export function layoutGraph(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  width: number,
  height: number,
): GraphLayout {
  const sim: SimNode[] = nodes.map((node) => ({ ...node, x: 0, y: 0, r: nodeRadius(node.activity) }));
  const known = new Set(sim.map((node) => node.id));
  const kept = edges.filter((edge) => known.has(edge.source) && known.has(edge.target) && edge.source !== edge.target);
  const links = kept.map((edge) => ({ source: edge.source, target: edge.target, count: edge.count }));
  const simulation = forceSimulation<SimNode>(sim)
    .force(
      "link",
      forceLink<SimNode, (typeof links)[number]>(links)
        .id((node) => node.id)
        .distance(90),
    )
    // Repulsion with a reach: far-apart pairs of a big corpus need not push each other off.
    .force("charge", forceManyBody<SimNode>().strength(-180).distanceMax(240))
    .force("center", forceCenter(width / 2, height / 2))
    // Pulls loose pairs in, so unconnected components stay near the middle.
    .force("x", forceX<SimNode>(width / 2).strength(0.09))
    .force("y", forceY<SimNode>(height / 2).strength(0.12))
    .force(
      "collide",
      forceCollide<SimNode>((node) => node.r + 6),
    )
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(ticks);
  const placed = sim.map(({ id, name, kind, activity, x, y, r }) => ({
    id,
    name,
    kind,
    activity,
    r,
    x: Number.isFinite(x) ? x : width / 2,
    y: Number.isFinite(y) ? y : height / 2,
  }));
  return { nodes: placed, edges: kept, bounds: fitBounds(placed, width, height) };
}

// The view is fitted to where the nodes came to rest (rather than pinning them
// inside a fixed frame, which piles the outliers up along its edges), with room
// for labels and never narrower than the frame asked for.
function fitBounds(nodes: readonly PlacedNode[], width: number, height: number): GraphLayout["bounds"] {
  if (nodes.length === 0) return { x: 0, y: 0, width, height };
  const labelRoom = 70;
  const x0 = Math.min(...nodes.map((n) => n.x - n.r)) - labelRoom;
  const x1 = Math.max(...nodes.map((n) => n.x + n.r)) + labelRoom;
  const y0 = Math.min(...nodes.map((n) => n.y - n.r)) - 10;
  const y1 = Math.max(...nodes.map((n) => n.y + n.r)) + 22;
  const w = Math.max(width, x1 - x0);
  const h = Math.max(height * 0.6, y1 - y0);
  return { x: (x0 + x1 - w) / 2, y: (y0 + y1 - h) / 2, width: w, height: h };
}

/**
 * A slightly curved path from the edge of one circle to the edge of another,
 * so A → B and B → A stay apart and the arrowhead is not hidden under a node.
 */
export function edgePath(from: PlacedNode, to: PlacedNode): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const bend = Math.min(40, length * 0.15);
  const cx = (from.x + to.x) / 2 - uy * bend;
  const cy = (from.y + to.y) / 2 + ux * bend;
  const start = towards(from, cx, cy, from.r);
  const end = towards(to, cx, cy, to.r + 3);
  return `M${fmt(start.x)},${fmt(start.y)} Q${fmt(cx)},${fmt(cy)} ${fmt(end.x)},${fmt(end.y)}`;
}

function towards(node: PlacedNode, x: number, y: number, distance: number): { x: number; y: number } {
  const dx = x - node.x;
  const dy = y - node.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: node.x + (dx / length) * distance, y: node.y + (dy / length) * distance };
}

function fmt(value: number): string {
  return value.toFixed(1);
}
