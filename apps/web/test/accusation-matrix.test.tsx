import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AccusationMatrix } from "@/components/charts/accusation-matrix";
import { buildMatrix, parseMatrixSort } from "@/lib/matrix";

const usa = { id: "usa", name: "United States" };
const rus = { id: "rus", name: "Russia" };
const chn = { id: "chn", name: "China" };
const cells = [
  { accuser: usa, accused: rus, count: 4 },
  { accuser: usa, accused: chn, count: 1 },
  { accuser: rus, accused: usa, count: 2 },
  { accuser: chn, accused: usa, count: 3 },
];

describe("buildMatrix", () => {
  it("orders rows and columns by total, by name, or by one column", () => {
    const byTotal = buildMatrix(cells, "total");
    expect(byTotal.rows.map((r) => [r.id, r.total])).toEqual([
      ["usa", 5],
      ["chn", 3],
      ["rus", 2],
    ]);
    expect(byTotal.columns.map((c) => c.id)).toEqual(["usa", "rus", "chn"]);
    expect(byTotal.count("usa", "rus")).toBe(4);
    expect(byTotal.count("rus", "chn")).toBe(0);
    expect(byTotal.max).toBe(4);
    expect(buildMatrix(cells, "name").rows.map((r) => r.name)).toEqual(["China", "Russia", "United States"]);
    expect(buildMatrix(cells, "col:usa").rows.map((r) => r.id)).toEqual(["chn", "rus", "usa"]);
  });

  it("reads the sort from the URL, falling back to totals", () => {
    expect(parseMatrixSort("name")).toBe("name");
    expect(parseMatrixSort("col:usa")).toBe("col:usa");
    expect(parseMatrixSort("col:")).toBe("total");
    expect(parseMatrixSort("drop table")).toBe("total");
    expect(parseMatrixSort(null)).toBe("total");
  });
});

describe("AccusationMatrix", () => {
  it("shows counts in cells, totals per row, and asks for a new sort when a header is clicked", () => {
    const onSort = vi.fn();
    render(<AccusationMatrix status="ready" cells={cells} sort="total" onSort={onSort} />);
    const rows = screen.getAllByRole("row");
    expect(rows[0]?.textContent).toBe("Accuser ↓ accused →United StatesRussiaChinaTotal");
    expect(rows[1]?.textContent).toBe("United States415");
    expect(screen.getByTitle("United States → Russia: 4").textContent).toBe("4");
    fireEvent.click(screen.getByRole("button", { name: "China" }));
    expect(onSort).toHaveBeenCalledWith("col:chn");
    fireEvent.click(screen.getByRole("button", { name: /Accuser/ }));
    expect(onSort).toHaveBeenCalledWith("name");
  });
});
