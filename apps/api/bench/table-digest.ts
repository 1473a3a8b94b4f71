import { createHash } from "node:crypto";
import SQLite from "better-sqlite3";

// `tsx bench/table-digest.ts PATH.db`: each table's row count and a hash of its rows, sorted, so two
// ingests of the same input can be compared for identical storage. `ingested_at` (the clock) and the migrations table are left out.
const file = process.argv[2];
if (!file) {
  console.error("usage: tsx bench/table-digest.ts PATH.db");
  process.exit(2);
}
const db = new SQLite(file.replace(/^file:/, ""), { readonly: true });
const tables = db
  .prepare(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name",
  )
  .pluck()
  .all() as string[];
for (const table of tables) {
  const columns = (db.prepare(`select * from "${table}" limit 0`).columns() as { name: string }[])
    .map((c) => c.name)
    .filter((c) => c !== "ingested_at");
  const rows = db
    .prepare(`select ${columns.map((c) => `"${c}"`).join(", ")} from "${table}"`)
    .raw(true)
    .all()
    .map((r) => JSON.stringify(r))
    .sort();
  const hash = createHash("sha1");
  for (const r of rows) hash.update(r).update("\n");
  console.log(`${table.padEnd(24)} ${String(rows.length).padStart(8)} ${hash.digest("hex")}`);
}
db.close();
