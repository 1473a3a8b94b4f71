import type { buildYoga } from "../src/yoga.js";

export type GraphqlAnswer = { data: Record<string, unknown>; errors?: unknown[] };

/**
 * Posts a document to a Yoga instance in this process (no HTTP), for the
 * benches that look at what one request costs the server itself.
 */
export function inProcessPoster(yoga: ReturnType<typeof buildYoga>) {
  return async (query: string, variables: Record<string, unknown> = {}): Promise<GraphqlAnswer> => {
    const r = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return (await r.json()) as GraphqlAnswer;
  };
}

/**
 * The entities the load bench picks, so every in-process bench times the same
 * pages: the most-mentioned actor and the newest article naming it.
 */
export async function benchEntities(
  post: ReturnType<typeof inProcessPoster>,
): Promise<{ actor: string; article: string }> {
  const picked = await post("{ topActors(role: MENTIONED, limit: 1) { actor { id } } }");
  const actor = (picked.data as { topActors: { actor: { id: string } }[] }).topActors[0]?.actor.id ?? "";
  const newest = await post("query($a: ID!) { articles(first: 1, filter: { actor: $a }) { edges { node { id } } } }", {
    a: actor,
  });
  const article = (newest.data as { articles: { edges: { node: { id: string } }[] } }).articles.edges[0]?.node.id ?? "";
  return { actor, article };
}
