import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { graphqlEndpoint } from "./api-url";

/** A failed GraphQL request, with the API's error `code` when it gave one. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "GraphQLRequestError";
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

// Documents are generated in string mode, so no GraphQL runtime ships to the browser.
export async function graphqlRequest<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables?: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(graphqlEndpoint(), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      cache: "no-store",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError("The API cannot be reached.", "UNREACHABLE");
  }
  let body: GraphQLBody<TResult>;
  try {
    body = (await response.json()) as GraphQLBody<TResult>;
  } catch {
    throw new GraphQLRequestError(`The API answered ${response.status} without JSON.`, "BAD_RESPONSE");
  }
  const first = body.errors?.[0];
  if (first) {
    const message = body.errors?.map((error) => error.message).join("; ") ?? first.message;
    throw new GraphQLRequestError(message, first.extensions?.code ?? null);
  }
  if (!body.data) throw new GraphQLRequestError(`The API answered ${response.status} with no data.`, "BAD_RESPONSE");
  return body.data;
}
