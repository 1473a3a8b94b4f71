import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql ships both ESM and CJS builds; Pothos and Yoga load one and vite the other unless
// every import is pinned to a single file ("Cannot use GraphQLObjectType from another realm").
const graphqlEntry = createRequire(import.meta.url).resolve("graphql");

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  // Files run one at a time: they share the machine's few cores and one PostgreSQL server.
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
});
