import type { Plugin } from "graphql-yoga";
import type { Kysely } from "kysely";
import { readGeneration } from "./db/generation.js";
import type { Database } from "./db/tables.js";

/**
 * Caches query results under the database's write generation: every ingest or
 * delete bumps it (in the same transaction), so a cached answer is never served
 * after the data changed, on this instance or any other sharing the database.
 * Dashboards repeat the same few queries, so most requests cost one indexed read.
 */
export function responseCachePlugin(db: Kysely<Database>, maxEntries = 1000): Plugin {
  const cache = new Map<string, unknown>();
  const keys = new WeakMap<Request, string>();
  return {
    async onParams({ params, request, setResult }) {
      const query = params.query;
      if (!query || /\b(mutation|subscription)\b/.test(query)) return;
      const generation = await readGeneration(db);
      const key = `${generation}\u0000${params.operationName ?? ""}\u0000${query}\u0000${JSON.stringify(params.variables ?? {})}`;
      const hit = cache.get(key);
      if (hit !== undefined) {
        // Re-inserting keeps the Map's order least-recently-used first.
        cache.delete(key);
        cache.set(key, hit);
        setResult(hit as Parameters<typeof setResult>[0]);
        return;
      }
      keys.set(request, key);
    },
    onResultProcess({ request, result, setResult }) {
      const key = keys.get(request);
      if (!key || Array.isArray(result) || Symbol.asyncIterator in (result as object)) return;
      if ((result as { errors?: unknown[] }).errors?.length) return;
      // Kept with its JSON, so a hit costs no serialising (the network's answer is tens of kilobytes).
      const json = JSON.stringify(result);
      const cached = { ...(result as object), stringify: () => json };
      setResult(cached);
      cache.set(key, cached);
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    },
  };
}
