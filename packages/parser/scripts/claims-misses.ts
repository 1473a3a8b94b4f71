// Lists the PolNeAR attributions a parse missed, grouped by construction and cue, most frequent
// first, so that rules are written for families of misses rather than single articles.
//   pnpm --silent parse --jsonl ../shared/eval/polnear/train/text/*.txt > /tmp/pn-train.jsonl
//   npx tsx packages/parser/scripts/claims-misses.ts ../shared/eval/polnear/train /tmp/pn-train.jsonl [FAMILY [N]]
// With FAMILY (a construction name from the summary, or "cue:<word>"), prints up to N examples of it.
// Tune on train; dev is the held-out measure, so do not list dev's misses.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import cueData from "../data/cue-verbs.json";

type Span = { start: number; end: number };
type Attribution = { content: Span; source: Span | null; cue: Span | null };
type Claim = { cue: Span; content: Span; source: Span | null };
type Miss = { stem: string; family: string; cue: string; line: string };

const [dir, outPath, family, limit = "40"] = process.argv.slice(2);
if (!dir || !outPath) {
  console.error("usage: claims-misses.ts SPLIT_DIR OUTPUT.jsonl [FAMILY [N]]");
  process.exit(2);
}

// the .ann offsets count code points; parser output counts UTF-16 units
function toUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[cp] ?? u;
}

function readGold(stem: string): Attribution[] | null {
  const files = readdirSync(join(dir as string, "attributions"))
    .filter((f) => f.startsWith(`${stem}_`) && f.endsWith(".ann"))
    .sort();
  if (!files[0]) return null;
  const text = readFileSync(join(dir as string, "text", `${stem}.txt`), "utf8");
  const u = toUtf16(text);
  const spans: Record<string, Span> = {};
  const rels: Record<string, string>[] = [];
  for (const line of readFileSync(join(dir as string, "attributions", files[0]), "utf8").split("\n")) {
    const [id, body] = line.split("\t");
    if (!id || !body) continue;
    if (id.startsWith("T")) {
      const pos = body.split(" ").slice(1).join(" ");
      const parts = pos.split(";").map((p) => p.split(" ").map(Number));
      spans[id] = { start: u(parts[0]?.[0] ?? 0), end: u(parts.at(-1)?.[1] ?? 0) };
    } else if (id.startsWith("E")) {
      const r: Record<string, string> = {};
      for (const arg of body.split(" ")) {
        const [role, ref] = arg.split(":");
        if (role && ref) r[role] = ref;
      }
      rels.push(r);
    }
  }
  const at = (ref: string | undefined) => (ref ? (spans[ref] ?? null) : null);
  return rels
    .filter((r) => at(r.Content))
    .map((r) => ({ content: at(r.Content) as Span, source: at(r.Source), cue: at(r.Cue) }));
}

const ov = (a: Span | null, b: Span | null) =>
  a && b ? Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) : 0;
const len = (a: Span) => a.end - a.start;

const LEXICON = new Set<string>();
for (const v of [...cueData.verbs, ...cueData.stance]) for (const f of v.forms) LEXICON.add(f);
for (const p of cueData.prepositional) LEXICON.add(p);
const NOMINAL = /(ment|tion|sion|ance|ence|ism|ure|ry|ies|ks|ts|ims|ics|ws|es)$/;
const SUBORDINATORS = new Set([
  "after",
  "when",
  "as",
  "because",
  "while",
  "if",
  "since",
  "before",
  "although",
  "though",
]);
const QUOTE_MARKS = /["“”]/;

/** The cue's words without auxiliaries and adverbs, lower case: the word the lexicon would hold. */
function cueHead(cue: string): string {
  const skip =
    /^(has|have|had|is|are|was|were|be|been|will|would|could|also|not|n't|never|just|did|does|do|then|later|reportedly|publicly|repeatedly|previously|already|once|again)$/;
  const words = cue
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .filter((w) => w && !skip.test(w) && !w.endsWith("ly"));
  return words.join(" ") || "(none)";
}

/** Which construction the gold attribution is written in; the first that applies names its family. */
function construction(text: string, a: Attribution, predicted: Claim[]): string {
  const con = text.slice(a.content.start, a.content.end);
  const cue = a.cue ? text.slice(a.cue.start, a.cue.end) : "";
  const head = cueHead(cue);
  const before = text.slice(Math.max(0, a.content.start - 3), a.content.start);
  const same = predicted.find((c) => a.cue && ov(c.cue, a.cue) > 0);
  if (same)
    return len(same.content) < len(a.content) ? "span: ours shorter (same cue)" : "span: ours longer (same cue)";
  if (predicted.some((c) => ov(c.content, a.content) > 0)) return "span: another cue's content overlaps";
  if (!a.cue) return "no cue in gold";
  if (/accord/i.test(cue)) return "according to";
  if (/^\s*:|:\s*["“]?\s*$/.test(before) || cue.trim() === ":") return "colon-introduced";
  const quoted = QUOTE_MARKS.test(text.slice(Math.max(0, a.content.start - 2), a.content.start + 1));
  const sentences = (con.match(/[.?!]["”]?\s+["“]?[A-Z]/g) ?? []).length;
  if (quoted && sentences > 0) return "quote: several sentences";
  if (quoted && a.source && a.source.start > a.content.end) return "quote: speaker after the quote";
  if (quoted) return "quote: other";
  if (/statement|release|interview|remarks|speech|tweet|post|op-ed|letter/i.test(cue) && /\bin\b/i.test(cue))
    return "in a statement / interview";
  if (a.source && /['’]s$/.test(text.slice(a.source.start, a.source.end))) return "nominal: X's <noun>";
  const head1 = head.split(" ")[0] ?? "";
  const inLexicon = LEXICON.has(head) || LEXICON.has(head1) || [...LEXICON].some((f) => head.startsWith(`${f} `));
  if (!inLexicon && NOMINAL.test(head1) && !/ed$/.test(head1)) return "nominal cue (not in lexicon)";
  if (!inLexicon) return "verb cue not in lexicon";
  // the cue is known: what keeps it from being read
  const sentenceStart = Math.max(text.lastIndexOf(". ", a.cue.start), text.lastIndexOf("\n", a.cue.start)) + 1;
  const lead = text
    .slice(sentenceStart, a.cue.start)
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter(Boolean);
  if (lead.some((w) => SUBORDINATORS.has(w))) return "known cue in a subordinate clause";
  if (a.source && a.source.start > a.cue.end && a.content.start < a.cue.start)
    return "known cue: speaker after the cue";
  if (a.content.start > a.cue.end && /\bthat\b/.test(text.slice(a.cue.end, a.content.start))) return "known cue + that";
  return "known cue: other";
}

const rows: Miss[] = [];
let gold = 0;
for (const line of readFileSync(outPath, "utf8").split("\n")) {
  if (!line) continue;
  const out = JSON.parse(line);
  if (out.error) continue;
  const stem = basename(String(out.file), ".txt");
  const attributions = readGold(stem);
  if (!attributions) continue;
  const text: string = out.text;
  const claims: Claim[] = (out.claims ?? []).filter((c: Claim) => c.content);
  const used = new Set<number>();
  gold += attributions.length;
  for (const a of attributions) {
    // the scorer's matching: overlap of at least half the longer span, each claim used once
    let best = -1;
    let bestOv = 0;
    claims.forEach((c, i) => {
      const o = ov(c.content, a.content);
      if (!used.has(i) && o * 2 >= Math.max(len(c.content), len(a.content)) && o > bestOv) {
        best = i;
        bestOv = o;
      }
    });
    if (best >= 0) {
      used.add(best);
      continue;
    }
    const near = claims.filter((c) => ov(c.content, a.content) > 0 || (a.cue && ov(c.cue, a.cue) > 0));
    const cue = a.cue ? text.slice(a.cue.start, a.cue.end) : "";
    const from = Math.min(a.content.start, a.cue?.start ?? Infinity, a.source?.start ?? Infinity);
    const to = Math.max(a.content.end, a.cue?.end ?? 0, a.source?.end ?? 0);
    const show = (s: Span | null, open: string, close: string) => (s ? { at: s, open, close } : null);
    const marks = [show(a.source, "[S ", "]"), show(a.cue, "<", ">"), show(a.content, "{", "}")]
      .filter((m) => m !== null)
      .flatMap((m) => [
        { pos: m.at.start, s: m.open },
        { pos: m.at.end, s: m.close },
      ])
      .sort((x, y) => y.pos - x.pos);
    let shown = text.slice(from, to);
    for (const m of marks) shown = shown.slice(0, m.pos - from) + m.s + shown.slice(m.pos - from);
    const ours = near.map(
      (c) => `    ours <${text.slice(c.cue.start, c.cue.end)}> {${text.slice(c.content.start, c.content.end)}}`,
    );
    rows.push({
      stem,
      family: construction(text, a, near),
      cue: cueHead(cue),
      line: [shown.replace(/\s+/g, " ").slice(0, 500), ...ours.map((o) => o.replace(/\s+/g, " ").slice(0, 300))].join(
        "\n",
      ),
    });
  }
}

const count = <K>(keys: K[]) => {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
if (!family) {
  console.log(`${rows.length} of ${gold} gold attributions missed\n`);
  for (const [f, n] of count(rows.map((r) => r.family))) {
    const cues = count(rows.filter((r) => r.family === f).map((r) => r.cue)).slice(0, 12);
    console.log(`${String(n).padStart(5)}  ${f}\n         ${cues.map(([c, k]) => `${c} ${k}`).join(", ")}`);
  }
} else {
  const wanted = family.startsWith("cue:")
    ? rows.filter((r) => r.cue === family.slice(4))
    : rows.filter((r) => r.family === family);
  for (const r of wanted.slice(0, Number(limit))) console.log(`${r.stem}  [${r.family}]\n  ${r.line}\n`);
}
