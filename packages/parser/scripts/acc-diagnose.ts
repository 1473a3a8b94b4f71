// Diagnosis of missed gold accusations and denials: runs each gold article through the
// whole pipeline and through the event stages with the gold actors, and classifies each miss.
//   npx tsx scripts/acc-diagnose.ts [NAME-PART [TABLE.md]]   (seed, dev and gold-extra articles)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { EVAL, fullPipeline, GOLD, withGoldActors } from "../test/events/gold-harness.js";

const EXTRA = fileURLToPath(new URL("../test/gold-extra/", import.meta.url));
const only = process.argv[2];
const golds = [
  ...GOLD.map((g) => join(EVAL, g)),
  ...readdirSync(EXTRA)
    .filter((f) => f.endsWith(".gold.json"))
    .map((f) => join(EXTRA, f)),
].filter((g) => !only || g.includes(only));

type Span = { start: number; end: number };
// gold files and parser output are read as loose JSON: this script only prints a table
// biome-ignore lint/suspicious/noExplicitAny: untyped JSON records
type Json = any;
const ov = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const rows: string[] = [];
const counts: Record<string, number> = {};
const spuriousRows: string[] = [];
for (const g of golds) {
  const gold = JSON.parse(readFileSync(g, "utf8"));
  // the harness reads gold paths relative to ../shared/eval/
  const gp = relative(EVAL, g);
  const pipe = fullPipeline(gp);
  const ga = withGoldActors(gp);
  const text = pipe.text;
  const actorOf = (id: string) => gold.actors.find((a: Json) => a.id === id);
  const names = (id: string) => {
    const a = actorOf(id);
    return a ? [a.name, ...(a.aliases ?? [])].filter(Boolean).map((s: string) => s.toLowerCase()) : [id];
  };
  // pipeline actor id -> gold actor id by name overlap
  const pipeToGold = (pid: string) => {
    const pa = pipe.actors.find((a: Json) => a.id === pid);
    if (!pa) return null;
    const pn = [pa.name, ...(pa.aliases ?? [])].map((s: string) => s.toLowerCase());
    for (const a of gold.actors) if (names(a.id).some((n: string) => pn.includes(n))) return a.id;
    return null;
  };
  const affOk = (goldIds: string[], gid: string | null) =>
    !!gid && goldIds.some((x) => x === gid || actorOf(x)?.affiliation === gid || actorOf(gid)?.affiliation === x);
  for (const [kind, key, roles] of [
    [
      "acc",
      "accusations",
      [
        ["accuser", "accuser", "alsoAccuser"],
        ["accused", "accused", "alsoAccused"],
      ],
    ],
    ["den", "denials", [["denier", "denier", null]]],
  ] as const) {
    const used = new Set<number>();
    for (const gi of gold[key] ?? []) {
      const i = text.indexOf(gi.evidence);
      const gs = { start: i, end: i + gi.evidence.length };
      const need = Math.min(12, gs.end - gs.start);
      const match = (items: Json[]) => items.findIndex((p: Json) => ov(p.evidence, gs) >= need);
      const pi = match((pipe as Json)[key]);
      const gai = match((ga as Json)[key]);
      if (pi >= 0) used.add(pi);
      if (gi.optional) continue;
      const rolesRight = (p: Json, map: (x: string) => string | null) =>
        roles.every(([pk, gk, alt]) => {
          const v = Array.isArray(p[pk]) ? p[pk][0] : p[pk];
          const ids = [gi[gk], ...(alt ? (gi[alt] ?? []) : [])].flat().filter(Boolean);
          return affOk(ids, map(v));
        });
      let cause: string;
      let detail = "";
      if (pi >= 0 && rolesRight((pipe as Json)[key][pi], pipeToGold)) continue;
      const gaHit = gai >= 0 && rolesRight((ga as Json)[key][gai], (x) => x);
      if (pi >= 0) {
        const p = (pipe as Json)[key][pi];
        detail = `pred ${roles.map(([pk]) => `${pk}=${JSON.stringify(p[pk])}`).join(" ")}`;
        cause = gaHit ? "d-roles-actor-stage" : "c-roles-wrong";
      } else if (gaHit) {
        cause = "d-found-only-with-gold-actors";
      } else if (gai >= 0) {
        const p = (ga as Json)[key][gai];
        cause = "c-roles-wrong(gold-actors)";
        detail = `ga-pred ${roles.map(([pk]) => `${pk}=${JSON.stringify(p[pk])}`).join(" ")}`;
      } else {
        const claim = pipe.claims.find((c: Json) => ov(c.content, gs) >= need || ov(c.cue ?? c.content, gs) >= need);
        const gaClaim = ga.claims.find((c: Json) => ov(c.content, gs) >= need);
        if (claim || gaClaim) {
          const c: Json = claim ?? gaClaim;
          cause = "b-claim-not-read";
          detail = `claim speaker=${c.speaker} cue=${JSON.stringify(text.slice(c.cue?.start ?? 0, c.cue?.end ?? 0))}`;
        } else cause = "a-no-claim-or-cue";
      }
      counts[`${kind} ${cause}`] = (counts[`${kind} ${cause}`] ?? 0) + 1;
      rows.push(
        `| ${kind} | ${cause} | ${g.split("/").pop()?.slice(0, 40)} | «${gi.evidence.slice(0, 140)}» | ${roles.map(([, gk]) => gi[gk]).join(" → ")} | ${detail} |`,
      );
    }
    (pipe as Json)[key].forEach((p: Json, i: number) => {
      if (used.has(i)) return;
      const optionalHit = (gold[key] ?? []).some((gi: Json) => {
        const j = text.indexOf(gi.evidence);
        return ov(p.evidence, { start: j, end: j + gi.evidence.length }) >= Math.min(12, gi.evidence.length);
      });
      if (optionalHit) return;
      spuriousRows.push(
        `| ${kind} | ${g.split("/").pop()?.slice(0, 40)} | «${text.slice(p.evidence.start, p.evidence.end).slice(0, 140)}» | ${roles.map(([pk]) => JSON.stringify(p[pk])).join(" → ")} |`,
      );
    });
  }
}
const out = [
  "## counts",
  ...Object.entries(counts)
    .sort()
    .map(([k, v]) => `- ${k}: ${v}`),
  "",
  "## misses",
  "| kind | cause | article | evidence | gold roles | detail |",
  "|---|---|---|---|---|---|",
  ...rows,
  "",
  "## spurious (pipeline)",
  "| kind | article | evidence | roles |",
  "|---|---|---|---|",
  ...spuriousRows,
].join("\n");
// the full table goes to a file when one is named; the counts always go to the terminal
if (process.argv[3]) writeFileSync(process.argv[3], out);
console.log(out.split("\n## misses")[0]);
console.log(`misses ${rows.length}, spurious ${spuriousRows.length}`);
