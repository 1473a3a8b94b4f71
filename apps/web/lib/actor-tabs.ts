import { readParam, type SearchParamsInput } from "./filters";

// The actor page's tabs, in the URL (`?tab=`) so each can be linked; the timeline when none is named.
export const ACTOR_TABS = [
  { id: "timeline", label: "Timeline" },
  { id: "accusations", label: "Accusations" },
  { id: "responses", label: "Responses" },
  { id: "denials", label: "Denials" },
  { id: "claims", label: "Claims" },
  { id: "articles", label: "Articles" },
] as const;

export type ActorTab = (typeof ACTOR_TABS)[number]["id"];

export function parseActorTab(params: SearchParamsInput): ActorTab {
  const tab = readParam(params, "tab");
  return ACTOR_TABS.find((t) => t.id === tab)?.id ?? "timeline";
}

/** The tab's link, keeping the page's other search params. */
export function actorTabHref(pathname: string, params: URLSearchParams, tab: ActorTab): string {
  const next = new URLSearchParams(params.toString());
  if (tab === "timeline") next.delete("tab");
  else next.set("tab", tab);
  const query = next.toString();
  return query ? `${pathname}?${query}` : pathname;
}
