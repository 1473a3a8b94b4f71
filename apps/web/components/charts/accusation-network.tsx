"use client";

import { type KeyboardEvent, useMemo, useState } from "react";
import { edgePath, type GraphEdge, type GraphNode, layoutGraph, type PlacedNode } from "@/lib/force-layout";
import { edgeKey } from "@/lib/network-data";
import { humanize, KIND_COLOURS, kindColour } from "@/lib/palette";
import { ChartFrame, type ChartStatus } from "./chart-frame";
import { LegendSwatches } from "./legend-swatches";

const WIDTH = 900;
const HEIGHT = 560;

interface Props {
  status: ChartStatus;
  error?: string | null;
  onRetry?: () => void;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  /** "accuserId→accusedId" of the edge whose accusations are listed. */
  selectedEdge: string | null;
  onSelectEdge: (edge: GraphEdge) => void;
  onSelectNode: (node: GraphNode) => void;
}

function fmt(value: number): string {
  return value.toFixed(1);
}

function onActivate(handler: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      handler();
    }
  };
}

/** Who accuses whom: a force-directed graph, nodes sized by activity and coloured by kind. */
export function AccusationNetwork({
  status,
  error,
  onRetry,
  nodes,
  edges,
  selectedEdge,
  onSelectEdge,
  onSelectNode,
}: Props) {
  const layout = useMemo(() => layoutGraph(nodes, edges, WIDTH, HEIGHT), [nodes, edges]);
  const byId = useMemo(() => new Map(layout.nodes.map((node) => [node.id, node])), [layout]);
  const [hover, setHover] = useState<{ text: string; x: number; y: number } | null>(null);
  const maxCount = Math.max(1, ...layout.edges.map((edge) => edge.count));
  const kinds = [...new Set(layout.nodes.map((node) => node.kind))].sort();
  const name = (id: string) => byId.get(id)?.name ?? id;
  // In a crowded picture only the busier actors are named; the rest on hover and in the table.
  const labelFloor = layout.nodes.length > 40 ? 2 : 0;
  const showLabel = (node: PlacedNode) => node.activity >= labelFloor;

  const table = (
    <table>
      <thead>
        <tr>
          <th scope="col">Accuser</th>
          <th scope="col">Accused</th>
          <th scope="col">Accusations</th>
        </tr>
      </thead>
      <tbody>
        {[...layout.edges]
          .sort((a, b) => b.count - a.count)
          .map((edge) => (
            <tr key={edgeKey(edge)}>
              <td>{name(edge.source)}</td>
              <td>{name(edge.target)}</td>
              <td>
                <button type="button" className="link-button" onClick={() => onSelectEdge(edge)}>
                  {edge.count}
                </button>
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );

  const legend = (
    <>
      <LegendSwatches
        items={kinds.map((kind) => ({ label: humanize(kind), colour: KIND_COLOURS[kind] ?? "#777", shape: "circle" }))}
      />
      <p className="legend-note">Circle size: accusations made and received. Arrow: accuser → accused; width: count.</p>
    </>
  );

  return (
    <ChartFrame
      title="Accusation network"
      status={status}
      error={error}
      onRetry={onRetry}
      emptyText="No accusations between actors for these filters."
      legend={legend}
      table={table}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: only hides the hover tooltip */}
      <div className="network" onMouseLeave={() => setHover(null)}>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; its edges and nodes are focusable */}
        <svg
          viewBox={`${fmt(layout.bounds.x)} ${fmt(layout.bounds.y)} ${fmt(layout.bounds.width)} ${fmt(layout.bounds.height)}`}
          role="group"
          aria-label={`${layout.nodes.length} actors, ${layout.edges.length} accusation links`}
          className="network-svg"
        >
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="10"
              markerHeight="10"
              markerUnits="userSpaceOnUse"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" fill="#555" />
            </marker>
            <marker
              id="arrow-selected"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" fill="#D55E00" />
            </marker>
          </defs>
          <g className="edges">
            {layout.edges.map((edge) => {
              const from = byId.get(edge.source) as PlacedNode;
              const to = byId.get(edge.target) as PlacedNode;
              const key = edgeKey(edge);
              const selected = key === selectedEdge;
              const label = `${from.name} accuses ${to.name}: ${edge.count} accusation${edge.count === 1 ? "" : "s"}`;
              const d = edgePath(from, to);
              return (
                // biome-ignore lint/a11y/useSemanticElements: an SVG path cannot be a <button>
                <g
                  key={key}
                  role="button"
                  tabIndex={0}
                  aria-label={label}
                  aria-pressed={selected}
                  className={`edge${selected ? " is-selected" : ""}`}
                  data-edge={key}
                  onClick={() => onSelectEdge(edge)}
                  onKeyDown={onActivate(() => onSelectEdge(edge))}
                  onMouseMove={(event) => setHover({ text: label, x: event.clientX, y: event.clientY })}
                >
                  <path d={d} className="edge-hit" />
                  <path
                    d={d}
                    className="edge-line"
                    strokeWidth={1.2 + 4 * (edge.count / maxCount)}
                    markerEnd={`url(#${selected ? "arrow-selected" : "arrow"})`}
                  />
                </g>
              );
            })}
          </g>
          <g className="nodes">
            {layout.nodes.map((node) => (
              // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be an <a> with this layout
              <g
                key={node.id}
                role="link"
                tabIndex={0}
                aria-label={`${node.name} (${humanize(node.kind)}), ${node.activity} accusations`}
                className="node"
                data-actor={node.id}
                data-name={node.name}
                transform={`translate(${node.x.toFixed(1)},${node.y.toFixed(1)})`}
                onClick={() => onSelectNode(node)}
                onKeyDown={onActivate(() => onSelectNode(node))}
                onMouseMove={(event) =>
                  setHover({
                    text: `${node.name} · ${humanize(node.kind)} · ${node.activity} accusations`,
                    x: event.clientX,
                    y: event.clientY,
                  })
                }
              >
                <circle r={node.r} fill={kindColour(node.kind)} />
              </g>
            ))}
          </g>
          {/* Names on top of every circle, so no node hides another's label. */}
          <g className="labels">
            {layout.nodes.filter(showLabel).map((node) => (
              <text key={node.id} x={fmt(node.x)} y={fmt(node.y + node.r + 12)} textAnchor="middle">
                {node.name}
              </text>
            ))}
          </g>
        </svg>
        {hover ? (
          <div className="tooltip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
            {hover.text}
          </div>
        ) : null}
      </div>
    </ChartFrame>
  );
}
