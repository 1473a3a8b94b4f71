import * as chrono from "chrono-node";
import cues from "../../data/date-cues.json";
import { addMessage, type Doc } from "../doc.js";
import type { DateExpression, Span } from "../model.js";
import { lowerText } from "../tokens/lower-text.js";
import { attachDates } from "./attach-dates.js";
import { addDays, formatDay, nearestWeekday, pad, parseDay } from "./date-values.js";

// chrono with only the parsers a news date needs: times of day and numeric formats cost most
const dateChrono = chrono.casual.clone();
dateChrono.parsers = dateChrono.parsers.filter((p) => !cues.chronoParsersOff.includes(p.constructor.name));
dateChrono.refiners = dateChrono.refiners.filter((r) => !cues.chronoRefinersOff.includes(r.constructor.name));
// per chrono parser, strings one of which any text it reads holds: each string with the
// parsers it lets run, and the parsers no string is listed for, which always run
const PARSER_WORDS = cues.chronoParserWords as Record<string, string[] | undefined>;
// (one bit a parser: past 31 parsers every window gets them all)
let ALWAYS = 0;
const WORD_PARSERS = new Map<string, number>();
dateChrono.parsers.forEach((p, k) => {
  const words = PARSER_WORDS[p.constructor.name];
  if (!words) ALWAYS |= 1 << k;
  else for (const w of words) WORD_PARSERS.set(w, (WORD_PARSERS.get(w) ?? 0) | (1 << k));
});
const WORDS = [...WORD_PARSERS];
const chronoByParsers = new Map<number, chrono.Chrono>();

/**
 * chrono with only the parsers that can read something in `lower` (a window
 * in lower case): chrono runs every parser's pattern over the whole window,
 * so a parser whose words are absent costs a scan and can find nothing.
 */
function chronoFor(lower: string): chrono.Chrono {
  if (dateChrono.parsers.length > 31) return dateChrono;
  let mask = ALWAYS;
  for (const [word, parsers] of WORDS) if ((mask & parsers) !== parsers && lower.includes(word)) mask |= parsers;
  let c = chronoByParsers.get(mask);
  if (!c) {
    c = new chrono.Chrono({
      parsers: dateChrono.parsers.filter((_, k) => mask & (1 << k)),
      refiners: dateChrono.refiners,
    });
    chronoByParsers.set(mask, c);
  }
  return c;
}
const MAY = new RegExp(`\\b(?:${cues.mayAfter.join("|")})\\s+May\\b`, "g");
const QUICK = new RegExp(cues.quickCheck, "i");
const WEEKDAY = new RegExp(`\\b${cues.weekday}\\b`, "gi");
const WEEKDAYS = ["sun", "mon", "tues", "wednes", "thurs", "fri", "satur"];
// each with a word every match of it holds, when there is one: a sentence without that word
// is not scanned (a pattern that opens with a list of words tries the list at every word)
const HINTS: [RegExp, string | null][] = [
  [MAY, "May"],
  [new RegExp(`\\b(?:${cues.prefilter.anyCase.join("|")})\\b`, "gi"), null],
  [new RegExp(`\\b(?:${cues.prefilter.capitalized.join("|")})\\b`, "g"), null],
];
const FUTURE = new RegExp(`\\b(?:${cues.future.join("|")})\\b`, "i");
const NEXT = /^next\b/i;
const FOUR_DIGITS = /\b\d{4}\b/;
const YEAR = new RegExp(
  `\\b(?:${cues.yearPrepositions.join("|")})[\\s-]+(1[89]\\d\\d|20\\d\\d)\\b(?!\\s*(?:%|percent|people|km|miles))`,
  "gi",
);
// what every YEAR match holds: most sentences that pass the quick check have no such number
const YEAR_NUMBER = /(?:1[89]|20)\d\d/;
const DURATION = new RegExp(`^(?:${cues.durationOpeners.join("|")})\\b`, "i");
const OFFSETS = Object.entries(cues.dayOffsets as Record<string, number>);
// the words every day-offset phrase ends with ("... after"): a sentence without them has none
const OFFSET_TAIL = OFFSETS.map(([p]) => p).reduce<string | null>((tail, p) => {
  if (tail === null) return p;
  let n = 0;
  while (n < tail.length && n < p.length && tail[tail.length - 1 - n] === p[p.length - 1 - n]) n++;
  return tail.slice(tail.length - n);
}, null);
const SAME_MONTH = /\b(?:earlier|later)\s+(?:this|in\s+the)\s+month\b/i;

/**
 * Resolves the time expressions of each sentence against the article's date
 * (doc.dates), as precise as the words allow: "Tuesday" → the latest Tuesday
 * on or before it, "last month" → YYYY-MM, "in 2018" → YYYY. Without an
 * article date, relative expressions stay unresolved and a message says so.
 */
export function resolveDates(doc: Doc): void {
  const ref = doc.referenceDate ? parseDay(doc.referenceDate) : null;
  let unresolved = 0;
  const docLower = lowerText(doc);
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!QUICK.test(text)) continue;
    const found: DateExpression[] = [];
    const lower = docLower !== null ? docLower.slice(s.start, s.end) : text.toLowerCase();
    if (OFFSET_TAIL === null || lower.includes(OFFSET_TAIL))
      for (const [phrase, offset] of OFFSETS) {
        const i = lower.indexOf(phrase);
        if (i < 0) continue;
        if (!ref) unresolved++;
        else
          pushDate(found, {
            start: s.start + i,
            end: s.start + i + phrase.length,
            value: formatDay(addDays(ref, offset)),
            precision: "day",
          });
      }
    if (lower.includes("day"))
      for (const m of execAll(WEEKDAY, text)) {
        if (!ref) {
          unresolved++;
          continue;
        }
        const day = WEEKDAYS.indexOf((m[1] as string).toLowerCase());
        const ahead = NEXT.test(m[0]) || FUTURE.test(text.slice(Math.max(0, m.index - 40), m.index));
        const value = formatDay(nearestWeekday(ref, day, ahead));
        pushDate(found, { start: s.start + m.index, end: s.start + m.index + m[0].length, value, precision: "day" });
      }
    const same = lower.includes("month") ? SAME_MONTH.exec(text) : null;
    if (same) {
      if (!ref) unresolved++;
      else
        pushDate(found, {
          start: s.start + same.index,
          end: s.start + same.index + same[0].length,
          value: formatDay(ref).slice(0, 7),
          precision: "month",
        });
    }
    for (const w of windows(text)) {
      const part = text.slice(w.start, w.end);
      const parser = chronoFor(docLower !== null ? lower.slice(w.start, w.end) : part.toLowerCase());
      for (const r of parser.parse(part, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false })) {
        const d = fromChrono(r, { start: s.start + w.start, end: s.start + w.end }, part, ref);
        if (d === "relative") unresolved++;
        else pushDate(found, d);
      }
    }
    if (YEAR_NUMBER.test(text))
      for (const m of execAll(YEAR, text)) {
        const year = m[1] as string;
        const i = m.index + m[0].length - year.length;
        pushDate(found, { start: s.start + i, end: s.start + i + year.length, value: year, precision: "year" });
      }
    doc.dates.push(...found.sort((a, b) => a.start - b.start));
  }
  attachDates(doc);
  if (unresolved > 0)
    addMessage(
      doc,
      "dates/no-reference-date",
      `${unresolved} relative date expression(s) left unresolved: the article has no date (give one with --date)`,
    );
}

/** Adds d to found unless it overlaps a date found before it (a module function, not a closure a sentence). */
function pushDate(found: DateExpression[], d: DateExpression | null): void {
  if (d && !found.some((f) => f.start < d.end && d.start < f.end)) found.push(d);
}

/** Stretches around date words, merged, cut at word boundaries: all chrono ever reads. */
function windows(text: string): Span[] {
  const hits: Span[] = [];
  for (const [re, word] of HINTS) {
    if (word !== null && !text.includes(word)) continue;
    for (const m of execAll(re, text)) {
      let start = Math.max(0, m.index - cues.window);
      let end = Math.min(text.length, m.index + m[0].length + cues.window);
      while (start > 0 && text.charCodeAt(start - 1) > 32) start--;
      while (end < text.length && text.charCodeAt(end) > 32) end++;
      hits.push({ start, end });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const h of hits) {
    const last = out.at(-1);
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else out.push(h);
  }
  return out;
}

/**
 * The matches of a global pattern, as `matchAll` gives them but without the
 * copy of the pattern that `matchAll` makes on every call (its patterns match
 * no empty text).
 */
function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

function at(s: Span, index: number, length: number): Span {
  return { start: s.start + index, end: s.start + index + length };
}

function fromChrono(
  r: chrono.ParsedResult,
  s: Span,
  text: string,
  ref: Date | null,
): DateExpression | null | "relative" {
  const c = r.start;
  if (DURATION.test(r.text)) return null;
  if (!c.isCertain("day") && !c.isCertain("month") && !c.isCertain("year") && !c.isCertain("weekday")) return null;
  if (!ref && !(FOUR_DIGITS.test(r.text) && c.isCertain("year"))) return "relative";
  const span = at(s, r.index, r.text.length);
  if (c.isCertain("weekday") && !c.isCertain("day") && ref) {
    const d = nearestWeekday(ref, c.get("weekday") ?? 0, ahead(r, text));
    return { ...span, value: formatDay(d), precision: "day" };
  }
  let year = c.get("year") ?? 0;
  const month = c.get("month") ?? 1;
  const day = c.get("day") ?? 1;
  if (!c.isCertain("year") && ref) {
    // a month or a day with no year: the latest one on or before the article's date
    year = ref.getUTCFullYear();
    const candidate = Date.UTC(year, month - 1, c.isCertain("day") ? day : 1, 12);
    if (candidate > ref.getTime() && !ahead(r, text)) year--;
  }
  if (c.isCertain("day")) return { ...span, value: `${year}-${pad(month)}-${pad(day)}`, precision: "day" };
  if (c.isCertain("month")) return { ...span, value: `${year}-${pad(month)}`, precision: "month" };
  return { ...span, value: String(year), precision: "year" };
}

/**
 * Whether the words of a chrono result, or the forty characters before it, put
 * it ahead of the article's date ("next week", "will meet on Friday"): asked
 * only where the answer can change the date, not for every result.
 */
function ahead(r: chrono.ParsedResult, text: string): boolean {
  return NEXT.test(r.text) || FUTURE.test(text.slice(Math.max(0, r.index - 40), r.index));
}
