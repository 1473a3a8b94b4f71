import { createGraphQLError } from "graphql-yoga";

// Expected failures: a GraphQL error whose extensions.code the client can branch on.
export type ErrorCode = "BAD_USER_INPUT" | "INVALID_ID" | "NOT_FOUND" | "UNAUTHENTICATED";

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return createGraphQLError(message, { extensions: { code, ...extra } });
}
