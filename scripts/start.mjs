#!/usr/bin/env node
// `pnpm start`: serves the API (which migrates the embedded database and loads
// seeds/ when it is empty) and the dashboard's production build together,
// building first when there is no build, and stops both on Ctrl-C.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const apiPort = Number(process.env.API_PORT ?? 4000);
const webPort = Number(process.env.WEB_PORT ?? 3000);
const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
const webUrl = `http://127.0.0.1:${webPort}`;

for (const [name, port] of [
  ["API_PORT", apiPort],
  ["WEB_PORT", webPort],
]) {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`${name} must be a port number (1-65535), not ${JSON.stringify(process.env[name])}.`);
    process.exit(2);
  }
}

// Always ask turbo: it rebuilds the parser and the dashboard when their sources
// changed since the last build (a pull, an edit) and restores them from its cache
// otherwise, so the API never runs a stale parser.
const firstBuild = !existsSync(join(root, "apps/web/.next/BUILD_ID"));
console.log(firstBuild ? "Building the parser and the dashboard (first start only)…" : "Checking the builds…");
const build = spawnSync(
  "pnpm",
  ["exec", "turbo", "run", "build", "--filter=@newsgraph/web...", "--output-logs=errors-only"],
  {
    cwd: root,
    stdio: "inherit",
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [];
let stopping = false;

function run(name, cwd, command, args, env) {
  // Its own process group, so stopping it also stops anything it started.
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: "inherit", detached: true });
  children.push(child);
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stop(code || 1);
  });
  return child;
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGINT");
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 1500).unref();
}

process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

async function waitFor(url, init, label) {
  for (let attempt = 0; attempt < 600 && !stopping; attempt++) {
    try {
      const response = await fetch(url, init);
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!stopping) console.error(`${label} did not come up at ${url}.`);
  return false;
}

// The API package's main (migrate, seed when empty, serve) and the dashboard's production server.
run("The API", join(root, "apps/api"), join(root, "node_modules/.bin/tsx"), ["src/main.ts"], {
  API_PORT: String(apiPort),
});
run(
  "The dashboard",
  join(root, "apps/web"),
  process.execPath,
  ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(webPort)],
  { NEWSGRAPH_API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: "1" },
);

const probe = { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{__typename}"}' };
const [apiUp, webUp] = await Promise.all([
  waitFor(apiUrl, probe, "The API"),
  waitFor(webUrl, undefined, "The dashboard"),
]);
if (apiUp && webUp) {
  console.log(`\n  API (GraphiQL):  ${apiUrl}\n  Dashboard:       ${webUrl}\n\n  Ctrl-C stops both.\n`);
} else {
  stop(1);
}
