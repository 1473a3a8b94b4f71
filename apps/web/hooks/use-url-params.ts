"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { withParams } from "@/lib/filters";

type Patch = Record<string, string | null | undefined>;

/** The page's search params and a setter that replaces them without scrolling. */
export function useUrlParams(): [URLSearchParams, (patch: Patch) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const setParams = useCallback(
    (patch: Patch) => {
      router.replace(`${pathname}${withParams(new URLSearchParams(params.toString()), patch)}`, { scroll: false });
    },
    [router, pathname, params],
  );
  return [new URLSearchParams(params.toString()), setParams];
}
