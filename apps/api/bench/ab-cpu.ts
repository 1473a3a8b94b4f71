import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dashboardQueries } from "./dashboard-queries.js";

// `tsx bench/ab-cpu.ts OTHER_APP_DIR file:DB [rounds] [name]`: this checkout's API against
// another's (e.g. a worktree of main at `../wt-main/apps/api`) in ONE process, each on its own
// copy of its modules, uncached requests through `yoga.fetch` alternating A, B, A, B, so load
// elsewhere on the machine falls on both alike. Prints the median CPU ms a request of each and
// checks that both answer each dashboard document with the same bytes.
const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const other = resolve(process.argv[2] ?? "");
const databaseUrl = process.argv[3] ?? null;
const rounds = Number(process.argv[4] ?? 300);
const only = process.argv[5] || null;

async function instance(dir: string) {
  const load = (path: string) => import(pathToFileURL(resolve(dir, path)).href);
  const { openDatabase } = await load("src/db/database.ts");
  const { buildYoga } = await load("src/yoga.ts");
  const database = await openDatabase({ url: databaseUrl });
  const yoga = buildYoga({ database, responseCache: false, token: null });
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const r = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return r.text() as Promise<string>;
  };
  return { post, close: () => database.close() };
}

const a = await instance(app);
const b = await instance(other);
const picked = JSON.parse(await a.post("{ topActors(role: MENTIONED, limit: 1) { actor { id } } }"));
const actor = picked.data.topActors[0]?.actor.id ?? "";
const newest = JSON.parse(
  await a.post("query($a: ID!) { articles(first: 1, filter: { actor: $a }) { edges { node { id } } } }", { a: actor }),
);
const article = newest.data.articles.edges[0]?.node.id ?? "";
const documents = (await dashboardQueries(app, { actor, article })).filter((d) => !only || d.name === only);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
for (const d of documents) {
  const [ra, rb] = [await a.post(d.query, d.variables), await b.post(d.query, d.variables)];
  const same = ra === rb ? "same bytes" : `DIFFERENT ANSWERS (${ra.length} against ${rb.length} bytes)`;
  for (let i = 0; i < 40; i++) {
    await a.post(d.query, d.variables);
    await b.post(d.query, d.variables);
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [side, list] of (r % 2
      ? [
          [a, xs],
          [b, ys],
        ]
      : [
          [b, ys],
          [a, xs],
        ]) as [typeof a, number[]][]) {
      const start = cpuMs();
      await side.post(d.query, d.variables);
      list.push(cpuMs() - start);
    }
  }
  const [ma, mb] = [median(xs), median(ys)];
  console.log(
    `${d.name}: this ${ma.toFixed(3)} ms, other ${mb.toFixed(3)} ms (${(((ma - mb) / mb) * 100).toFixed(0)}%), ${same}`,
  );
}
await a.close();
await b.close();
