"use client";

import dynamic from "next/dynamic";
import { ChartFrame } from "./chart-frame";

// d3-force is loaded with the network view only.
export const AccusationNetworkLazy = dynamic(() => import("./accusation-network").then((m) => m.AccusationNetwork), {
  ssr: false,
  loading: () => <ChartFrame title="Accusation network" status="loading" />,
});
