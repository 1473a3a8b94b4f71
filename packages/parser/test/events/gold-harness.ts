import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Doc } from "../../src/doc.js";
import { readInput } from "../../src/input/read-input.js";
import { extractMetadata } from "../../src/metadata/extract-metadata.js";
import type { ActorKind, ParsedArticle } from "../../src/model.js";
import { parseArticle } from "../../src/parse-article.js";
import { segment } from "../../src/segment/segment.js";
import { toParsedArticle } from "../../src/to-parsed-article.js";
import { runEventStages } from "./make-doc.js";

// Runs the evaluation's own scorer (../shared/eval/score.mjs) on the gold
// articles, either over the whole pipeline or over the events stages alone
// with the gold actors standing in for the entity and actor stages.

export const EVAL = fileURLToPath(new URL("../../../../../shared/eval/", import.meta.url));
export const GOLD = [
  "seed-gold.json",
  "dev/germany-bans-mahan-air-of-iran-citing-security.gold.json",
  "dev/iran-admits-downing-ukrainian-jet-cites-human-error.gold.json",
  "dev/serbian-protesters-try-to-storm-parliament-fourth-day-of-protests.gold.json",
  "dev/uk-urges-us-to-waive-immunity-for-diplomat-s-wife-involved-in-fatal-co.gold.json",
];

interface GoldActor {
  id: string;
  name?: string;
  kind: ActorKind;
  aliases: string[];
  affiliation?: string;
  code?: string;
}

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}
export type Scores = Record<"accusations" | "denials" | "responses", Counts>;

function inputOf(goldPath: string): { file: string; raw: string } {
  const gold = JSON.parse(readFileSync(join(EVAL, goldPath), "utf8"));
  const file = join(dirname(join(EVAL, goldPath)), gold.textFile ?? gold.file);
  return { file, raw: readFileSync(file, "utf8") };
}

/** The events stages over a doc whose mentions and actors are the gold ones. */
export function withGoldActors(goldPath: string): ParsedArticle {
  const gold = JSON.parse(readFileSync(join(EVAL, goldPath), "utf8"));
  const { file, raw } = inputOf(goldPath);
  const doc: Doc = readInput(raw, { name: file, format: file.endsWith(".json") ? "record" : "text" });
  extractMetadata(doc, {});
  segment(doc);
  const actors: GoldActor[] = gold.actors;
  const names = actors
    .flatMap((a) => [a.name, ...a.aliases].filter((n): n is string => !!n).map((n) => ({ n, a })))
    .sort((x, y) => y.n.length - x.n.length);
  const taken = new Array<boolean>(doc.text.length).fill(false);
  for (const { n, a } of names) {
    const re = new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu");
    for (const m of doc.text.matchAll(re)) {
      const s = m.index ?? 0;
      if (taken.slice(s, s + n.length).some(Boolean)) continue;
      taken.fill(true, s, s + n.length);
      doc.mentions.push({ start: s, end: s + n.length, kind: a.kind, actor: a.id });
    }
  }
  doc.mentions.sort((x, y) => x.start - y.start);
  doc.actors = actors.map((a) => ({
    id: a.id,
    name: a.name ?? a.aliases[0] ?? a.id,
    kind: a.kind,
    aliases: a.aliases,
    affiliation: a.affiliation ?? null,
    title: null,
    code: a.code ?? null,
  }));
  return toParsedArticle(runEventStages(doc));
}

export function fullPipeline(goldPath: string): ParsedArticle {
  const { file, raw } = inputOf(goldPath);
  return parseArticle(raw, { name: file, format: file.endsWith(".json") ? "record" : "text" });
}

const dir = mkdtempSync(join(tmpdir(), "events-gold-"));

/** Lenient counts per category from the scorer, for one gold file. */
export function scoreGold(goldPath: string, mode: "gold-actors" | "pipeline"): Scores {
  const out = mode === "gold-actors" ? withGoldActors(goldPath) : fullPipeline(goldPath);
  const outFile = join(dir, `${goldPath.replace(/\W/g, "_")}-${mode}.json`);
  writeFileSync(outFile, JSON.stringify(out));
  const r = JSON.parse(
    execFileSync("node", [join(EVAL, "score.mjs"), join(EVAL, goldPath), outFile, "--json"], { encoding: "utf8" }),
  );
  const pick = (k: "accusations" | "denials" | "responses"): Counts => {
    const s = r[k].lenient;
    return { tp: s.tp, predicted: s.predicted, gold: s.gold };
  };
  return { accusations: pick("accusations"), denials: pick("denials"), responses: pick("responses") };
}

export function f1(c: Counts): number {
  const p = c.predicted ? c.tp / c.predicted : c.gold ? 0 : 1;
  const r = c.gold ? c.tp / c.gold : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function micro(all: Scores[], k: keyof Scores): number {
  const sum = { tp: 0, predicted: 0, gold: 0 };
  for (const s of all) for (const c of ["tp", "predicted", "gold"] as const) sum[c] += s[k][c];
  return f1(sum);
}
