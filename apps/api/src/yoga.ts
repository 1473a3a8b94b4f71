import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Context } from "./context.js";
import type { DatabaseHandle } from "./db/database.js";
import { createLoaders } from "./queries/loaders.js";
import { schema } from "./schema/index.js";

export interface YogaOptions {
  database: DatabaseHandle;
  /** When set, mutations need `Authorization: Bearer <token>`. */
  token?: string | null;
  graphiql?: boolean;
}

// Limits that keep one request from tying up the server; the dashboard's deepest query is 6 levels.
export const limits = { maxDepth: 12, maxCost: 20_000, maxAliases: 30, maxTokens: 5_000 };

export function buildYoga(options: YogaOptions): YogaServerInstance<Record<string, never>, Context> {
  const { db, dialect } = options.database;
  const token = options.token || null;
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: options.graphiql ?? true,
    landingPage: false,
    // Unexpected errors reach the client as "Unexpected error."; expected ones carry extensions.code.
    maskedErrors: true,
    plugins: [
      maxDepthPlugin({ n: limits.maxDepth, exposeLimits: true }),
      costLimitPlugin({ maxCost: limits.maxCost, exposeLimits: true }),
      maxAliasesPlugin({ n: limits.maxAliases, exposeLimits: true }),
    ],
    context: ({ request }) => ({
      db,
      dialect,
      loaders: createLoaders(db),
      mayMutate: !token || request.headers.get("authorization") === `Bearer ${token}`,
    }),
  });
}
