#!/usr/bin/env node
// First Load JS per route, as `next build` printed it before Next 16 dropped
// the column: the gzipped size of every script a route loads up front (its
// own chunks and the shared ones). Next 16 still writes the chunk lists to
// .next/diagnostics/route-bundle-stats.json; this sums their gzipped sizes,
// prints a Markdown table and fails when a route is over the budget.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 170;
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export function firstLoadTable(appRoot = root) {
  const stats = JSON.parse(readFileSync(join(appRoot, ".next/diagnostics/route-bundle-stats.json"), "utf8"));
  const gzipped = new Map();
  const sizeOf = (path) => {
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(join(appRoot, path)), { level: 9 }).length);
    return gzipped.get(path);
  };
  return stats
    .map((row) => ({
      route: row.route,
      kB: row.firstLoadChunkPaths.reduce((sum, path) => sum + sizeOf(path), 0) / 1000,
      rawKB: row.firstLoadUncompressedJsBytes / 1000,
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = firstLoadTable();
  console.log("| Route | First Load JS (gzip) | Uncompressed |");
  console.log("| --- | ---: | ---: |");
  for (const row of rows) console.log(`| \`${row.route}\` | ${row.kB.toFixed(1)} kB | ${row.rawKB.toFixed(1)} kB |`);
  const over = rows.filter((row) => row.kB > BUDGET_KB);
  if (over.length > 0) {
    console.error(`Over the ${BUDGET_KB} kB budget: ${over.map((row) => row.route).join(", ")}`);
    process.exit(1);
  }
}
