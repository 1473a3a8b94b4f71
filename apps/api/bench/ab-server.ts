import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

// `tsx bench/ab-server.ts file:DB APP_DIR...`: each checkout's API (uncached) on its own port in
// this one process, for bench/http-cpu.ts --other: the server's CPU time a request is then read
// from one process, each checkout's batch in turn, so load elsewhere falls on both alike.
const [databaseUrl, ...apps] = process.argv.slice(2);
const urls: string[] = [];
for (const dir of apps) {
  const load = (path: string) => import(pathToFileURL(resolve(dir, path)).href);
  const { openDatabase } = await load("src/db/database.ts");
  const { buildYoga } = await load("src/yoga.ts");
  const database = await openDatabase({ url: databaseUrl });
  const server = createServer(buildYoga({ database, responseCache: false, token: null }));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
}
process.stdout.write(`${JSON.stringify({ pid: process.pid, urls })}\n`);
process.on("SIGTERM", () => process.exit(0));
