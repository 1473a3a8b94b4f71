"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

const VIEWS = [
  { href: "/", label: "Overview" },
  { href: "/network", label: "Network" },
  { href: "/matrix", label: "Matrix" },
  { href: "/responses", label: "Responses" },
  { href: "/articles", label: "Articles" },
  { href: "/search", label: "Search" },
  { href: "/ingest", label: "Ingest" },
];

// The date range travels with the analyst from view to view.
const CARRIED = ["from", "to", "category"];

export function SiteNav() {
  const pathname = usePathname();
  const params = useSearchParams();
  const carried = new URLSearchParams();
  for (const key of CARRIED) {
    const value = params.get(key);
    if (value) carried.set(key, value);
  }
  const query = carried.toString();
  return (
    <nav aria-label="Views" className="site-nav">
      <Link href="/" className="brand">
        newsgraph
      </Link>
      <ul>
        {VIEWS.map((view) => {
          const current = view.href === "/" ? pathname === "/" : pathname.startsWith(view.href);
          const keepsFilters = view.href !== "/ingest" && view.href !== "/search";
          return (
            <li key={view.href}>
              <Link
                href={keepsFilters && query ? `${view.href}?${query}` : view.href}
                aria-current={current ? "page" : undefined}
              >
                {view.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
