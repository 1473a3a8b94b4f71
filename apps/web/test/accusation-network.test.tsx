import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AccusationNetwork } from "@/components/charts/accusation-network";
import { layoutGraph } from "@/lib/force-layout";
import { edgeKey } from "@/lib/network-data";

const nodes = [
  { id: "usa", name: "United States", kind: "country", activity: 5 },
  { id: "rus", name: "Russia", kind: "country", activity: 4 },
  { id: "putin", name: "Vladimir Putin", kind: "person", activity: 1 },
];
const edges = [
  { source: "usa", target: "rus", count: 3 },
  { source: "rus", target: "usa", count: 1 },
  { source: "usa", target: "putin", count: 1 },
  { source: "usa", target: "ghost", count: 9 },
];

describe("layoutGraph", () => {
  it("places every node inside the fitted view, the same way every time, and drops dangling edges", () => {
    const a = layoutGraph(nodes, edges, 400, 300);
    const b = layoutGraph(nodes, edges, 400, 300);
    expect(a).toEqual(b);
    expect(a.edges).toHaveLength(3);
    const { x, y, width, height } = a.bounds;
    expect(width).toBeGreaterThanOrEqual(400);
    for (const node of a.nodes) {
      expect(node.x - node.r).toBeGreaterThanOrEqual(x);
      expect(node.x + node.r).toBeLessThanOrEqual(x + width);
      expect(node.y - node.r).toBeGreaterThanOrEqual(y);
      expect(node.y + node.r).toBeLessThanOrEqual(y + height);
    }
    const usa = a.nodes.find((n) => n.id === "usa");
    const putin = a.nodes.find((n) => n.id === "putin");
    expect(usa?.r).toBeGreaterThan(putin?.r ?? Infinity);
  });
});

describe("AccusationNetwork", () => {
  const props = { status: "ready" as const, nodes, edges, selectedEdge: null };

  it("draws a node per actor and an arrow per accuser → accused pair, with labels for assistive tech", () => {
    const { container } = render(<AccusationNetwork {...props} onSelectEdge={() => {}} onSelectNode={() => {}} />);
    expect(container.querySelectorAll("[data-actor]")).toHaveLength(3);
    expect(container.querySelectorAll("[data-edge]")).toHaveLength(3);
    expect(screen.getByRole("button", { name: "United States accuses Russia: 3 accusations" })).toBeTruthy();
    expect(screen.getByRole("link", { name: /Vladimir Putin \(person\)/ })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Accusation network" })).toBeTruthy();
    expect(screen.getByText("country")).toBeTruthy();
  });

  it("reports the clicked edge and node, and works from the keyboard", () => {
    const onSelectEdge = vi.fn();
    const onSelectNode = vi.fn();
    render(<AccusationNetwork {...props} onSelectEdge={onSelectEdge} onSelectNode={onSelectNode} />);
    fireEvent.click(screen.getByRole("button", { name: /Russia accuses United States/ }));
    expect(onSelectEdge).toHaveBeenCalledWith(expect.objectContaining({ source: "rus", target: "usa", count: 1 }));
    fireEvent.keyDown(screen.getByRole("link", { name: /^Russia/ }), { key: "Enter" });
    expect(onSelectNode).toHaveBeenCalledWith(expect.objectContaining({ id: "rus" }));
  });

  it("marks the selected edge and offers the same data as a table", () => {
    const onSelectEdge = vi.fn();
    const { container } = render(
      <AccusationNetwork
        {...props}
        selectedEdge={edgeKey({ source: "usa", target: "rus" })}
        onSelectEdge={onSelectEdge}
        onSelectNode={() => {}}
      />,
    );
    expect(container.querySelector(".edge.is-selected")?.getAttribute("data-edge")).toBe("usa→rus");
    const table = container.querySelector("details table") as HTMLElement;
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      "United StatesRussia3",
      "RussiaUnited States1",
      "United StatesVladimir Putin1",
    ]);
    fireEvent.click(within(rows[0] as HTMLElement).getByRole("button"));
    expect(onSelectEdge).toHaveBeenCalledWith(expect.objectContaining({ source: "usa", target: "rus" }));
  });

  it("shows loading, error and empty states instead of a chart", () => {
    const noop = () => {};
    const onRetry = vi.fn();
    const { rerender, container } = render(
      <AccusationNetwork {...props} status="loading" onSelectEdge={noop} onSelectNode={noop} />,
    );
    expect(screen.getByRole("status").textContent).toMatch(/Loading/);
    rerender(
      <AccusationNetwork
        {...props}
        status="error"
        error="boom"
        onRetry={onRetry}
        onSelectEdge={noop}
        onSelectNode={noop}
      />,
    );
    expect(screen.getByRole("alert").textContent).toContain("boom");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(onRetry).toHaveBeenCalled();
    rerender(<AccusationNetwork {...props} status="empty" onSelectEdge={noop} onSelectNode={noop} />);
    expect(screen.getByText(/No accusations between actors/)).toBeTruthy();
    expect(container.querySelector("svg")).toBeNull();
  });
});
