// Scores the parser's `mentions` against the hand-made NER gold in ner-gold/
// the way a CoNLL-2003 test scores a tagger: PER / ORG / LOC, exact spans.
// Gold spans typed MISC (demonyms, events, products) are names the parser should
// not report as a person, organization or place, so a mention there counts as a
// false positive; AMBIG spans (the annotator could not decide) are not scored.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Mention, ParsedArticle } from "../../src/model.js";
import { parseArticle } from "../../src/parse-article.js";

export type GoldType = "PER" | "ORG" | "LOC" | "MISC" | "AMBIG";
export const SCORED = ["PER", "ORG", "LOC"] as const;
export type Scored = (typeof SCORED)[number];

export interface GoldEntity {
  start: number;
  end: number;
  type: GoldType;
  text: string;
}

export interface NerGold {
  name: string;
  source: string;
  /** Which annotation round the document belongs to; older documents have none. */
  set?: string;
  title: string | null;
  titleEntities: GoldEntity[];
  /** A city for a CoNLL-style dateline line ("DOHA 2019-10-01"), or null. */
  dateline: string | null;
  publishedAt?: string | null;
  text: string;
  entities: GoldEntity[];
}

export const NER_GOLD_DIR = join(import.meta.dirname, "ner-gold");

export function readNerGold(dir = NER_GOLD_DIR): NerGold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ""), ...JSON.parse(readFileSync(join(dir, f), "utf8")) }));
}

/** Our mention kinds as CoNLL types; a group counts as an organization only when it bears a proper name. */
export function conllType(m: Mention, text: string): Scored | null {
  switch (m.kind) {
    case "person":
      return "PER";
    case "organization":
    case "media":
      return "ORG";
    case "group": {
      const c = text.charCodeAt(m.start);
      return c >= 65 && c <= 90 ? "ORG" : null;
    }
    case "country":
    case "location":
      return "LOC";
  }
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type Score = Record<Scored | "ALL", Counts>;
export interface Miss {
  text: string;
  gold?: GoldType;
  predicted?: Scored;
}

const empty = (): Score => ({
  PER: { tp: 0, fp: 0, fn: 0 },
  ORG: { tp: 0, fp: 0, fn: 0 },
  LOC: { tp: 0, fp: 0, fn: 0 },
  ALL: { tp: 0, fp: 0, fn: 0 },
});

export function addScore(into: Score, s: Score): Score {
  for (const k of [...SCORED, "ALL"] as const) {
    into[k].tp += s[k].tp;
    into[k].fp += s[k].fp;
    into[k].fn += s[k].fn;
  }
  return into;
}

/** Exact-span, exact-type matching of named mentions against gold entities. */
export function scoreMentions(gold: GoldEntity[], mentions: Mention[], text: string, misses?: Miss[]): Score {
  const s = empty();
  const goldAt = new Map<string, GoldEntity>();
  for (const g of gold) goldAt.set(`${g.start}:${g.end}`, g);
  const ambiguous = gold.filter((g) => g.type === "AMBIG");
  const found = new Set<string>();
  for (const m of mentions) {
    if (m.via === "pronoun" || m.via === "description") continue;
    const type = conllType(m, text);
    if (!type) continue;
    const key = `${m.start}:${m.end}`;
    if (found.has(key)) continue;
    found.add(key);
    if (ambiguous.some((g) => m.start < g.end && g.start < m.end)) continue;
    const g = goldAt.get(key);
    if (g && g.type === type) {
      s[type].tp++;
      s.ALL.tp++;
    } else {
      s[type].fp++;
      s.ALL.fp++;
      misses?.push({ text: text.slice(m.start, m.end), gold: g?.type, predicted: type });
    }
  }
  for (const g of gold) {
    if (g.type !== "PER" && g.type !== "ORG" && g.type !== "LOC") continue;
    const key = `${g.start}:${g.end}`;
    const m = mentions.find((x) => x.start === g.start && x.end === g.end && conllType(x, text) === g.type);
    if (!m || !found.has(key)) {
      s[g.type].fn++;
      s.ALL.fn++;
      misses?.push({ text: g.text, gold: g.type });
    }
  }
  return s;
}

export const precision = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0);
export const recall = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0);
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/** The article as the parser would get it from a news feed: a record with its headline apart. */
export function parseAsArticle(g: NerGold): ParsedArticle {
  if (g.title === null) return parseArticle(g.text);
  return parseArticle({ kind: "record", record: { title: g.title, text: g.text, publishedAt: g.publishedAt ?? null } });
}

interface Tok {
  start: number;
  end: number;
}

const LEADING = new Set(['"', "“", "”", "'", "‘", "(", "[", "—", "–"]);
const TRAILING = new Set([",", ".", ";", ":", "!", "?", ")", "]", '"', "”", "“", "’", "'", "—", "–"]);
const KEEPS_PERIOD =
  /^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Gov|Rep|Lt|Col|Inc|Corp|Ltd|Co|No|p\.m|a\.m)\.$/u;

// Splits one sentence into CoNLL tokens: punctuation apart, a possessive "'s" apart.
function conllTokens(text: string, from: number, to: number): Tok[] {
  const toks: Tok[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let s = m.index;
    let e = Math.min(m.index + m[0].length, to);
    const head: Tok[] = [];
    const tail: Tok[] = [];
    while (s < e && LEADING.has(text[s] as string)) {
      head.push({ start: s, end: s + 1 });
      s++;
    }
    for (;;) {
      const c = text[e - 1] as string;
      if (e - 1 <= s) break;
      if (c === "." && KEEPS_PERIOD.test(text.slice(s, e))) break;
      if (TRAILING.has(c)) {
        tail.unshift({ start: e - 1, end: e });
        e--;
        continue;
      }
      if ((c === "s" || c === "S") && (text[e - 2] === "'" || text[e - 2] === "’") && e - 2 > s) {
        tail.unshift({ start: e - 2, end: e });
        e -= 2;
        continue;
      }
      break;
    }
    toks.push(...head);
    if (e > s) toks.push({ start: s, end: e });
    toks.push(...tail);
  }
  return toks;
}

// Sentence ends: a stop (and any closing quotes) before a space and a capital or an opening quote.
function sentenceBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const para of text.matchAll(/[^\n]+/g)) {
    const p0 = para.index;
    const p = para[0];
    let s = 0;
    const re = /[.!?]["”’)\]]*\s+(?=["“‘(]?\p{Lu})/gu;
    for (let m = re.exec(p); m; m = re.exec(p)) {
      const before =
        p
          .slice(s, m.index + 1)
          .split(/\s+/)
          .pop() ?? "";
      if (KEEPS_PERIOD.test(before) && !/^\p{Lu}\.\p{Lu}\.$/u.test(before)) continue;
      const end = m.index + m[0].trimEnd().length;
      out.push([p0 + s, p0 + end]);
      s = m.index + m[0].length;
    }
    if (p.slice(s).trim()) out.push([p0 + s, p0 + p.length]);
  }
  return out;
}

/**
 * The article in the shape of a CoNLL-2003 file: an all-capitals headline, a
 * "CITY YYYY-MM-DD" dateline, then one sentence per line with every token
 * (punctuation included) set apart by spaces. Gold spans move with their words.
 */
export function conllShape(g: NerGold): NerGold {
  // the hand-written CoNLL-style lines have that shape already
  if (g.title === null) return g;
  const parts: string[] = [];
  const entities: GoldEntity[] = [];
  let out = 0;
  const emit = (src: string, toks: Tok[], gold: GoldEntity[], upper: boolean) => {
    const startAt = new Map<number, number>();
    const endAt = new Map<number, number>();
    const line: string[] = [];
    let pos = out;
    for (const t of toks) {
      for (let k = t.start; k < t.end; k++) startAt.set(k, pos + (k - t.start));
      for (let k = t.start + 1; k <= t.end; k++) endAt.set(k, pos + (k - t.start));
      const w = src.slice(t.start, t.end).replace(/’/g, "'");
      line.push(upper ? w.toUpperCase() : w);
      pos += t.end - t.start + 1;
    }
    for (const e of gold) {
      const s = startAt.get(e.start);
      const end = endAt.get(e.end);
      if (s === undefined || end === undefined) continue;
      entities.push({ start: s, end, type: e.type, text: "" });
    }
    const l = line.join(" ");
    parts.push(l);
    out += l.length + 1;
  };
  if (g.title) emit(g.title, conllTokens(g.title, 0, g.title.length), g.titleEntities, true);
  if (g.dateline) {
    const date = g.publishedAt ?? "2019-01-01";
    emit(`${g.dateline} ${date}`, conllTokens(`${g.dateline} ${date}`, 0, g.dateline.length + 11), [], false);
    entities.push({ start: out - g.dateline.length - 12, end: out - 12, type: "LOC", text: "" });
  }
  for (const [a, b] of sentenceBounds(g.text)) {
    const inside = g.entities.filter((e) => e.start >= a && e.end <= b);
    emit(g.text, conllTokens(g.text, a, b), inside, false);
  }
  const text = `${parts.join("\n")}\n`;
  for (const e of entities) e.text = text.slice(e.start, e.end);
  return { ...g, title: null, titleEntities: [], dateline: null, text, entities };
}
