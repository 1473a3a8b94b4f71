// Diagnoses response misses: for each gold response, whether the parser found it,
// and if not why (no cue, other type, wrong roles, actor stage), by comparing the
// full pipeline with the events stages run on the gold actors.
//   npx tsx scripts/resp-diag.ts GOLD.json...   (absolute paths or relative to cwd)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { parseArticle } from "../src/parse-article.js";
import { EVAL, withGoldActors } from "../test/events/gold-harness.js";

const dir = mkdtempSync(join(tmpdir(), "resp-diag-"));
interface Verdict {
  missed: Set<string>;
  roles: Map<string, string>;
  spurious: string[];
}
function score(gold: string, out: unknown, tag: string): Verdict {
  const f = join(dir, `${tag}.json`);
  writeFileSync(f, JSON.stringify(out));
  const v = execFileSync("node", [join(EVAL, "score.mjs"), gold, f, "--verbose"], { encoding: "utf8" });
  const missed = new Set<string>();
  const roles = new Map<string, string>();
  const spurious: string[] = [];
  for (const line of v.split("\n")) {
    let m = /^\s+response: missed «(.*)»$/.exec(line);
    if (m) missed.add(m[1] as string);
    m = /^\s+response: roles wrong at «(.*)» (.*)$/.exec(line);
    if (m) roles.set(m[1] as string, m[2] as string);
  }
  for (const m of v.matchAll(/ {2}response: spurious «([\s\S]*?)»\n/g)) spurious.push(m[1] as string);
  return { missed, roles, spurious };
}
const rows: string[] = [];
const counts: Record<string, number> = {};
const bump = (k: string) => {
  counts[k] = (counts[k] ?? 0) + 1;
};
for (const arg of process.argv.slice(2)) {
  const gold = resolve(arg);
  const g = JSON.parse(readFileSync(gold, "utf8"));
  const file = join(dirname(gold), g.textFile ?? g.file);
  const raw = readFileSync(file, "utf8");
  const pipe = parseArticle(raw, { name: file, format: file.endsWith(".json") ? "record" : "text" });
  const rel = relative(EVAL, gold);
  const ga = withGoldActors(rel);
  const vp = score(gold, pipe, "p");
  const vg = score(gold, ga, "g");
  const text = pipe.text ?? "";
  rows.push(`\n## ${g.file}`);
  for (const r of g.responses ?? []) {
    if (r.optional) continue;
    const ev: string = r.evidence;
    const at = text.indexOf(ev);
    const over = (pipe.responses ?? []).filter((p) => {
      const s = p.evidence;
      return Math.min(s.end, at + ev.length) - Math.max(s.start, at) >= Math.min(12, ev.length);
    });
    const gaOk = !vg.missed.has(ev) && !vg.roles.has(ev);
    let cause: string;
    let detail = "";
    if (!vp.missed.has(ev) && !vp.roles.has(ev)) cause = "ok";
    else if (vp.roles.has(ev)) {
      cause = gaOk ? "d-actor-stage(roles)" : "c-roles";
      detail = `pred ${vp.roles.get(ev)}`;
      if (!gaOk && vg.roles.has(ev)) detail += ` | gold-actors ${vg.roles.get(ev)}`;
    } else if (over.length) {
      const same = over.find((p) => p.type === r.type);
      cause = same ? "c-roles" : "b-type";
      detail = `pred types ${over.map((p) => `${p.type}(${p.actor}->${p.targets.join(",")})`).join(" ")}`;
    } else if (gaOk || vg.roles.has(ev)) {
      cause = gaOk ? "d-actor-stage(missing)" : "c-roles(gold-actors only found)";
      detail = vg.roles.get(ev) ?? "";
    } else cause = "a-no-cue";
    bump(cause);
    rows.push(
      `- [${cause}] ${r.type} ${r.actor}->${r.target}${r.alsoTarget ? `+${r.alsoTarget}` : ""} «${ev}» ${detail}`,
    );
  }
  for (const s of vp.spurious) {
    bump("spurious");
    const p = (pipe.responses ?? []).find((x) =>
      text.slice(x.evidence.start, x.evidence.end).startsWith(s.slice(0, 60)),
    );
    rows.push(`- [spurious] ${p ? `${p.type} ${p.actor}->${p.targets.join(",")} ${p.modality}` : ""} «${s}»`);
  }
}
console.log(JSON.stringify(counts));
console.log(rows.join("\n"));
