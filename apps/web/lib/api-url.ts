// The server talks to the API directly; the browser goes through this app's
// own /api/graphql proxy, so the API needs no CORS and its URL stays private.
export const DEFAULT_API_URL = "http://127.0.0.1:4000/graphql";

export function serverApiUrl(): string {
  return process.env.NEWSGRAPH_API_URL || DEFAULT_API_URL;
}

export function graphqlEndpoint(): string {
  return typeof window === "undefined" ? serverApiUrl() : "/api/graphql";
}
