"use client";

import { useMemo } from "react";
import { type Filters, parseFilters } from "@/lib/filters";
import { useUrlParams } from "./use-url-params";

export function useFilters(): { filters: Filters; setFilters: (patch: Partial<Filters>) => void } {
  const [params, setParams] = useUrlParams();
  const key = params.toString();
  const filters = useMemo(() => parseFilters(new URLSearchParams(key)), [key]);
  return { filters, setFilters: setParams };
}
