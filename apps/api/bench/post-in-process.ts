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
