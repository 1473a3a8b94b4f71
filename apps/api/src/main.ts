import { readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startApi } from "./start-api.js";

// `pnpm start`: migrate, seed an empty database from the repo's seeds/, and serve.
const seeds = resolve(dirname(fileURLToPath(import.meta.url)), "../../../seeds");
// seeds/wikinews holds each article both as a .json file and in one .jsonl; read the .json files only.
function seedFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return seedFiles(path);
      return /\.(txt|json|html?)$/i.test(name) ? [path] : [];
    });
}
const seedPaths = seedFiles(seeds);

const api = await startApi({
  seedPaths,
  onSeedProgress: (done, total) => {
    if (done === 0) console.log(`Seeding an empty database with ${total} articles from seeds/ ...`);
  },
});
if (api.seeded) {
  const s = api.seeded;
  console.log(`Seeded: ${s.stored} stored, ${s.unchanged} unchanged, ${s.failed.length} failed.`);
  for (const f of s.failed) console.log(`  failed: ${f.name}: ${f.reason}`);
}
console.log(`GraphQL API (and GraphiQL) at ${api.url}  (database: ${api.database.location})`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    api.close().finally(() => process.exit(0));
  });
}
