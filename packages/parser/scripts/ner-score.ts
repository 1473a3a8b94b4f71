// Prints P / R / F1 per type of the parser's mentions on the hand-made NER gold
// (test/entities/ner-gold), as written and reshaped like a CoNLL-2003 file.
// Documents are scored together and by annotation round ("set"; the first round has none).
// Usage: npx tsx scripts/ner-score.ts [--misses]
import {
  addScore,
  conllShape,
  f1,
  type Miss,
  parseAsArticle,
  precision,
  readNerGold,
  recall,
  SCORED,
  type Score,
  scoreMentions,
} from "../test/entities/ner-eval.js";

const showMisses = process.argv.includes("--misses");
const zero = (): Score => ({
  PER: { tp: 0, fp: 0, fn: 0 },
  ORG: { tp: 0, fp: 0, fn: 0 },
  LOC: { tp: 0, fp: 0, fn: 0 },
  ALL: { tp: 0, fp: 0, fn: 0 },
});
const fmt = (x: number) => x.toFixed(3);

const golds = readNerGold();
const sets = [...new Set(golds.map((g) => g.set ?? "old"))].sort();
for (const shape of ["as written", "CoNLL-shaped"] as const) {
  const total = zero();
  const bySet = new Map(sets.map((k) => [k, zero()]));
  for (const g0 of golds) {
    const g = shape === "as written" ? g0 : conllShape(g0);
    const r = parseAsArticle(g);
    const misses: Miss[] = [];
    const s = scoreMentions(g.entities, r.mentions, r.text, misses);
    addScore(total, s);
    addScore(bySet.get(g0.set ?? "old") as Score, s);
    if (showMisses && misses.length)
      console.log(
        `  ${shape} ${g.name.slice(0, 40)}: ${misses.map((m) => `${m.text}[${m.gold ?? "-"}>${m.predicted ?? "-"}]`).join("; ")}`,
      );
  }
  for (const [label, score] of [["all", total], ...bySet] as const) {
    console.log(`${shape} (${label}):`);
    for (const k of [...SCORED, "ALL"] as const) {
      const c = score[k];
      console.log(
        `  ${k.padEnd(3)} P ${fmt(precision(c))} R ${fmt(recall(c))} F1 ${fmt(f1(c))}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`,
      );
    }
  }
}
