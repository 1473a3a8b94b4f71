import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { ingestParsed } from "../../api/src/ingest/ingest";
import { startApi } from "../../api/src/start-api";
import { handParsedArticle } from "./fixtures/hand-parsed-article";

declare module "vitest" {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
  }
}

const webRoot = resolve(import.meta.dirname, "..");
const repoRoot = resolve(webRoot, "../..");

// The seed article and a handful of Wikinews records spread over two years.
export const SEED_FILES = [
  "seeds/000_bec17d8f6e35f6e3.txt",
  "seeds/wikinews/iraqi-parliament-votes-for-expulsion-of-united-states-troops.json",
  "seeds/wikinews/germany-bans-mahan-air-of-iran-citing-security.json",
  "seeds/wikinews/cairo-summit-denounces-turkish-libyan-maritime-border-agreement.json",
  "seeds/wikinews/hong-kong-leader-announces-withdrawal-of-extradition-bill.json",
  "seeds/wikinews/fianc-e-of-murdered-saudi-journalist-demands-justice-at-un-general-ass.json",
  "seeds/wikinews/11-month-old-baby-finds-illegal-drugs-in-playground-in-british-columbi.json",
].map((file) => join(repoRoot, file));

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** The real API on a fresh SQLite file, and the dashboard's production build in front of it. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(webRoot, ".next/BUILD_ID"))) {
    throw new Error("No production build: run `pnpm --filter @newsgraph/web build` first (the test script does).");
  }
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-e2e-"));
  const api = await startApi({
    port: 0,
    databaseUrl: `file:${join(dir, "e2e.db")}`,
    token: null,
    seedPaths: SEED_FILES,
  });
  const failed = api.seeded?.failed ?? [];
  if (failed.length) throw new Error(`seeding failed: ${failed.map((f) => `${f.name}: ${f.reason}`).join("; ")}`);
  const fixture = await ingestParsed(api.database.db, handParsedArticle, "hand-parsed fixture");
  if (!fixture.ok) throw new Error(fixture.reason);

  const port = await freePort();
  const web = spawn(
    process.execPath,
    [join(webRoot, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: webRoot,
      env: { ...process.env, NEWSGRAPH_API_URL: api.url, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const webUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${webUrl}/ingest`, web, 60_000);
  } catch (error) {
    web.kill();
    await api.close();
    throw error;
  }
  // next start loads a route's code on its first request; warm the views up so
  // the LCP figures describe a running server, not a cold one.
  for (const path of ["/", "/network", "/articles", `/articles/${fixture.id}`]) await fetch(`${webUrl}${path}`);
  project.provide("webUrl", webUrl);
  project.provide("apiUrl", api.url);

  return async () => {
    web.kill("SIGTERM");
    await new Promise((done) => (web.exitCode !== null ? done(null) : web.once("exit", done)));
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
