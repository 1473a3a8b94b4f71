import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createSchema, createYoga } from "graphql-yoga";
import { startApi } from "../src/start-api.js";

// Runs apart from the load generator so the two do not share one event loop:
// the API over the benchmark database, and a bare Yoga "hello" server for scale.
const api = await startApi({ port: 0, databaseUrl: process.argv[2] ?? null, token: null });
// The same API without its response cache: what a query costs when the data just changed.
const uncached = await startApi({ port: 0, databaseUrl: process.argv[2] ?? null, token: null, responseCache: false });
const hello = createYoga({
  schema: createSchema({ typeDefs: "type Query { hello: String! }", resolvers: { Query: { hello: () => "world" } } }),
  logging: false,
  graphiql: false,
});
const bare = createServer(hello);
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
process.stdout.write(
  `${JSON.stringify({ pid: process.pid, api: api.url, uncached: uncached.url, hello: `http://127.0.0.1:${(bare.address() as AddressInfo).port}/graphql` })}\n`,
);
// Exits normally when told to stop, so `node --cpu-prof` writes its profile (bench/http-cpu.ts).
process.on("SIGTERM", () => process.exit(0));
