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
export function layoutGraph(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  width: number,
  height: number,
): { nodes: PlacedNode[]; edges: GraphEdge[] } {
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
    .force("charge", forceManyBody<SimNode>().strength(-260))
    .force("center", forceCenter(width / 2, height / 2))
    // Pulls loose nodes in, so unconnected actors do not drift off the canvas.
    .force("x", forceX<SimNode>(width / 2).strength(0.06))
    .force("y", forceY<SimNode>(height / 2).strength(0.08))
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
    x: clamp(x, r + 2, width - r - 2),
    y: clamp(y, r + 2, height - r - 14),
  }));
  return { nodes: placed, edges: kept };
}

function clamp(value: number, lo: number, hi: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, lo), Math.max(lo, hi)) : (lo + hi) / 2;
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
