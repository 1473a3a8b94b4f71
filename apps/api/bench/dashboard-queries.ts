import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** One request the dashboard sends: its operation text (fragments included) and variables. */
export interface DashboardQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

// The dashboard's own documents (apps/web/generated, printed by its codegen), so the
// benchmark measures exactly what the views send; loaded at run time, as the web app's
// types are not this package's.
async function documents(app: string): Promise<Record<string, { toString(): string }>> {
  return import(pathToFileURL(resolve(app, "../web/generated/graphql.ts")).href);
}

/** The dashboard's main views' documents, with the variables they send on first load (no filters). */
export async function dashboardQueries(
  app: string,
  ids: { actor: string; article: string },
): Promise<DashboardQuery[]> {
  const d = await documents(app);
  const doc = (name: string) => {
    const document = d[`${name}Document`];
    if (!document) throw new Error(`the dashboard has no ${name} query any more; update bench/dashboard-queries.ts`);
    return document.toString();
  };
  const noDates = { from: null, to: null };
  return [
    {
      name: "accusation network",
      query: doc("AccusationNetwork"),
      variables: { filter: { ...noDates, categories: null }, limit: 150 },
    },
    {
      name: "responses timeline",
      query: doc("ResponsesTimeline"),
      variables: { bucket: "MONTH", filter: { ...noDates, modalities: null } },
    },
    { name: "overview", query: doc("Overview"), variables: noDates },
    // The actor page sends its header and its open tab's list (the timeline unless the URL
    // names another tab); every tab's document is here, as any of them can be a first load.
    ...["Header", "Timeline", "Accusations", "Responses", "Denials", "Claims", "Articles"].map((part) => ({
      name: `actor ${part.toLowerCase()}`,
      query: doc(`Actor${part}`),
      variables: { id: ids.actor },
    })),
    { name: "article page", query: doc("ArticlePage"), variables: { id: ids.article } },
  ];
}
