// Diagnoses actor errors against gold files: each missed gold actor, each spurious
// predicted actor and each split (one gold actor found as several), with the reason
// when the output tells it. Matching follows score.mjs: a predicted actor is a gold
// one when its name or an alias equals a gold name, id or alias (lowercased, leading
// article and "'s" dropped, dots optional).
//   npx tsx scripts/actor-diag.ts GOLD.json...        (prints counts, then one line per item)
//   npx tsx scripts/actor-diag.ts --jsonl OUT.jsonl GOLD.json...   (reads the parser's output)
import { readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { ParsedArticle } from "../src/model.js";
import { parseArticle } from "../src/parse-article.js";
import { nodots, norm } from "../test/actors/gold-actors.js";

interface GoldActor {
  id: string;
  name: string;
  kind: string;
  aliases?: string[];
}
const KIND: Record<string, string> = { gpe: "country", state: "country", org: "organization", per: "person" };

const args = process.argv.slice(2);
const outputs = new Map<string, ParsedArticle>();
const j = args.indexOf("--jsonl");
if (j >= 0) {
  for (const line of readFileSync(args[j + 1] as string, "utf8").split("\n"))
    if (line.startsWith("{")) {
      const a = JSON.parse(line) as ParsedArticle;
      outputs.set(basename(a.file ?? ""), a);
    }
  args.splice(j, 2);
}

const counts: Record<string, number> = {};
const bump = (k: string) => {
  counts[k] = (counts[k] ?? 0) + 1;
};
const rows: string[] = [];
for (const arg of args) {
  const goldPath = resolve(arg);
  const gold = JSON.parse(readFileSync(goldPath, "utf8"));
  const file = join(dirname(goldPath), gold.textFile ?? gold.file);
  const out =
    outputs.get(basename(file)) ??
    parseArticle(readFileSync(file, "utf8"), { name: file, format: file.endsWith(".json") ? "record" : "text" });
  const text = out.text ?? "";
  const golds: GoldActor[] = gold.actors;
  const index = new Map<string, string>();
  for (const a of golds)
    for (const al of [a.name, a.id, ...(a.aliases ?? [])].filter(Boolean)) {
      if (!index.has(norm(al))) index.set(norm(al), a.id);
      if (!index.has(nodots(al))) index.set(nodots(al), a.id);
    }
  const lookup = (s: string) => index.get(norm(s)) ?? index.get(nodots(s));
  const optional = new Set<string>((gold.optionalActors ?? []).flatMap((s: string) => [norm(s), nodots(s)]));
  const toGold = new Map<string, string>();
  for (const p of out.actors) {
    const g = [p.name, ...p.aliases].map(lookup).find(Boolean);
    if (g) toGold.set(p.id, g);
  }
  const spans = [...out.mentions, ...(out.references ?? [])];
  const head: string[] = [];
  const say = (kind: string, line: string) => {
    bump(kind);
    head.push(`- [${kind}] ${line}`);
  };
  for (const a of golds) {
    const preds = out.actors.filter((p) => toGold.get(p.id) === a.id);
    if (preds.length > 1)
      say("split", `${a.id} (${a.kind}) as ${preds.map((p) => `"${p.name}" ${p.kind}`).join(" + ")}`);
    if (preds.length === 1 && (KIND[preds[0]?.kind ?? ""] ?? preds[0]?.kind) !== a.kind)
      say("wrong-kind", `${a.id} gold ${a.kind}, predicted ${preds[0]?.kind}`);
    if (preds.length) continue;
    // where do the gold's own names occur, and what did the parser make of them?
    const forms = [a.name, ...(a.aliases ?? [])].filter((s) => s && s.length > 1);
    const hits: { start: number; end: number; form: string }[] = [];
    for (const f of forms) {
      for (let i = text.indexOf(f); i >= 0 && hits.length < 20; i = text.indexOf(f, i + 1))
        hits.push({ start: i, end: i + f.length, form: f });
    }
    const covering = hits.flatMap((h) =>
      spans.filter((m) => m.start < h.end && m.end > h.start).map((m) => ({ h, m })),
    );
    const withActor = covering.find((c) => c.m.actor);
    let reason: string;
    if (!hits.length) reason = "no gold name occurs verbatim";
    else if (withActor) {
      const p = out.actors.find((x) => x.id === withActor.m.actor);
      const g = p ? toGold.get(p.id) : undefined;
      const said = `"${text.slice(withActor.m.start, withActor.m.end)}"`;
      reason = g
        ? `merged into ${g} (${said} → ${p?.name})`
        : `named otherwise: ${said} → actor "${p?.name}" ${p?.kind}`;
    } else if (covering.length)
      reason = `mention but no actor ("${text.slice(covering[0]?.m.start, covering[0]?.m.end)}" ${covering[0]?.m.kind})`;
    else reason = `never a mention ("${hits[0]?.form}" ×${hits.length})`;
    const tag = !hits.length
      ? "missed-no-form"
      : withActor
        ? reason.startsWith("merged")
          ? "missed-merged"
          : "missed-named-otherwise"
        : covering.length
          ? "missed-mention-no-actor"
          : "missed-never-mention";
    say(tag, `${a.id} (${a.kind}) ${reason}`);
  }
  for (const p of out.actors) {
    if (toGold.has(p.id)) continue;
    if ([p.name, ...p.aliases].some((n) => optional.has(norm(n)) || optional.has(nodots(n)))) continue;
    // does a mention of it sit inside or over a gold actor's name? then it is a
    // cut or an overlong name of that actor, else an actor the gold does not have
    const ms = spans.filter((m) => m.actor === p.id);
    let near = "";
    for (const m of ms) {
      const said = text.slice(m.start, m.end);
      for (const a of golds) {
        const f = [a.name, ...(a.aliases ?? [])].find(
          (x) => x && (x.includes(said) || said.includes(x)) && x.length > 2,
        );
        if (f) {
          near = `${a.id} ("${said}" vs "${f}")`;
          break;
        }
      }
      if (near) break;
    }
    const first = ms[0] ? text.slice(Math.max(0, ms[0].start - 30), ms[0].end + 20).replace(/\s+/g, " ") : "";
    say(
      near ? "spurious-near-gold" : "spurious",
      `"${p.name}" ${p.kind}${near ? ` ~ ${near}` : ""} ×${ms.length} «${first}»`,
    );
  }
  if (head.length) rows.push(`\n## ${gold.file}`, ...head);
}
console.log(JSON.stringify(counts));
console.log(rows.join("\n"));
