import { describe, expect, it } from "vitest";
import { pivotSeries } from "@/lib/pivot-series";
import { pointsByModality, pointsByType } from "@/lib/timeline-points";

describe("timeline points", () => {
  it("turns the API's rows by type into chart points", () => {
    expect(
      pointsByType([
        { period: "2021-03", type: "sanction", count: 2 },
        { period: null, type: null, count: null },
      ]),
    ).toEqual([
      { bucket: "2021-03", series: "sanction", count: 2 },
      { bucket: "?", series: "other", count: 0 },
    ]);
  });

  it("stacks one timeline per modality, keeping only the modalities asked for", () => {
    const byModality = {
      __typename: undefined,
      done: [
        { period: "2021-02", count: 1 },
        { period: "2021-03", count: 3 },
      ],
      threatened: [{ period: "2021-03", count: 2 }],
      considered: [],
      negated: [{ period: "2021-03", count: 0 }],
    };
    expect(pivotSeries(pointsByModality(byModality)).rows).toEqual([
      { bucket: "2021-02", done: 1, threatened: 0 },
      { bucket: "2021-03", done: 3, threatened: 2 },
    ]);
    expect(pointsByModality(byModality, ["threatened"])).toEqual([
      { bucket: "2021-03", series: "threatened", count: 2 },
    ]);
  });
});
