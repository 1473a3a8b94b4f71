import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ResponsesTimeline } from "@/components/charts/responses-timeline";
import { pivotSeries } from "@/lib/pivot-series";

const points = [
  { bucket: "2021-03", series: "recall_ambassador", count: 1 },
  { bucket: "2021-01", series: "sanction", count: 2 },
  { bucket: "2021-03", series: "sanction", count: 3 },
];

describe("pivotSeries", () => {
  it("makes one row per bucket in date order, with every series filled in", () => {
    expect(pivotSeries(points)).toEqual({
      series: ["sanction", "recall_ambassador"],
      rows: [
        { bucket: "2021-01", sanction: 2, recall_ambassador: 0 },
        { bucket: "2021-03", sanction: 3, recall_ambassador: 1 },
      ],
    });
  });
});

describe("ResponsesTimeline", () => {
  it("draws stacked bars with a legend and offers the figures as a table", async () => {
    const { container } = render(<ResponsesTimeline status="ready" points={points} seriesLabel="type" />);
    expect(screen.getByRole("heading", { name: "Responses over time" })).toBeTruthy();
    const table = container.querySelector("details table") as HTMLElement;
    expect([...table.querySelectorAll("tr")].map((row) => row.textContent)).toEqual([
      "Datesanctionrecall ambassador",
      "2021-0120",
      "2021-0331",
    ]);
    expect(
      await screen.findByText("recall ambassador", { selector: ".recharts-legend-item-text .legend-text" }),
    ).toBeTruthy();
  });

  it("says so when there is nothing dated", () => {
    render(<ResponsesTimeline status="empty" points={[]} seriesLabel="type" />);
    expect(screen.getByText("No dated responses for these filters.")).toBeTruthy();
  });
});
