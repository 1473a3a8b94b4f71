"use client";

import dynamic from "next/dynamic";
import { ChartFrame } from "./chart-frame";

// recharts is loaded only when a timeline is on screen, so it is not in any route's first load.
export const ResponsesTimelineLazy = dynamic(() => import("./responses-timeline").then((m) => m.ResponsesTimeline), {
  ssr: false,
  loading: () => <ChartFrame title="Responses over time" status="loading" />,
});
