"use client";

import { usePathname, useSearchParams } from "next/navigation";
import type { MouseEvent } from "react";
import { ACTOR_TABS, type ActorTab, actorTabHref } from "@/lib/actor-tabs";

/**
 * The actor page's tabs as links (each can be opened or shared). A plain click only
 * changes the URL: the header stays, and the new tab's own query runs in the browser,
 * without the server rendering the page again.
 */
export function ActorTabsNav({ current }: { current: ActorTab }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    window.history.pushState(null, "", event.currentTarget.href);
  };
  return (
    <nav aria-label="Actor sections" className="tabs">
      <ul>
        {ACTOR_TABS.map((tab) => (
          <li key={tab.id}>
            <a
              href={actorTabHref(pathname, new URLSearchParams(params.toString()), tab.id)}
              aria-current={tab.id === current ? "page" : undefined}
              onClick={open}
            >
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
