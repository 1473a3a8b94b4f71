import { dehydrate, type QueryClient } from "@tanstack/react-query";
import { getQueryClient } from "./get-query-client";

export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Runs a page's prefetches on the server and returns the state to hydrate. A
 * failed query is not fatal here: the client shows its error state and can retry.
 */
export async function prefetch(start: (queryClient: QueryClient) => Promise<unknown>[]) {
  const queryClient = getQueryClient();
  await Promise.all(start(queryClient));
  return dehydrate(queryClient);
}
