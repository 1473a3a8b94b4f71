import type { ParsedArticle } from "@newsgraph/parser";
import type { DatabaseHandle } from "../../src/db/database.js";
import { ingestParsed } from "../../src/ingest/ingest.js";
import { type RunningApi, startApi } from "../../src/start-api.js";

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  status: number;
}

/** A server on port 0 over `database`, and a client that posts over real HTTP. */
export async function serve(database: DatabaseHandle, token: string | null = null) {
  const api: RunningApi = await startApi({ port: 0, database, token });
  const post = async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResult<T>> => {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { ...((await response.json()) as object), status: response.status };
  };
  /** Data of a query that must succeed. */
  const data = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await post<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  };
  return { api, post, data };
}

export async function storeAll(database: DatabaseHandle, articles: ParsedArticle[]) {
  const out = [];
  for (const a of articles) {
    const o = await ingestParsed(database.db, a, a.url ?? "fixture");
    if (!o.ok) throw new Error(o.reason);
    out.push(o);
  }
  return out;
}
