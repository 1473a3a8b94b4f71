import boilerplate from "../../data/boilerplate.json";
import headlineWords from "../../data/headline-words.json";

// (a module constant: tsx's esbuild turns a \p{...} literal into `new RegExp` at each use)
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu;
const OPENS_UPPER = /^[\p{Lu}\p{N}]/u;
const OPENS_HEADING = /^[\p{Lu}\p{N}"“‘']/u;

// The page-line patterns as two alternations: those anchored at the line's start ("^...")
// in one, which the engine tries at the first position only, and the rest in another (one
// alternation of all of them was tried at every position of every line).
const alternation = (patterns: string[]) =>
  patterns.length ? new RegExp(patterns.map((p) => `(?:${p})`).join("|"), "i") : null;
const anchoredPageLine = alternation(boilerplate.patterns.filter((p) => isAnchored(p)));
const otherPageLine = alternation(boilerplate.patterns.filter((p) => !isAnchored(p)));
const pageLine = {
  test: (line: string) => !!anchoredPageLine?.test(line) || !!otherPageLine?.test(line),
};

// A pattern that starts with "^" and has no "|" outside brackets and groups: every match starts at 0.
function isAnchored(pattern: string): boolean {
  if (!pattern.startsWith("^")) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return false;
  }
  return true;
}
const minor = new Set(headlineWords.minor);
const monthOrDay =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?$/i;

/** A paragraph that belongs to the page around the story: a page line or a stray heading. */
export function isBoilerplate(paragraph: string): boolean {
  const trimmed = paragraph.trim();
  return isPageLine(trimmed) || (!trimmed.includes("\n") && isHeading(trimmed));
}

/** A known page line ("Comments are closed.", "Image: ...") or a separator without words ("* * *"). */
export function isPageLine(line: string): boolean {
  const trimmed = line.trim();
  if (!LETTER_OR_DIGIT.test(trimmed)) return true;
  return trimmed.length <= 400 && !trimmed.includes("\n") && pageLine.test(trimmed);
}

/**
 * A short title-case line without final punctuation ("U.S. Intelligence
 * Assessment"): a section or related-link heading, not prose. A date line
 * ("Wednesday, January 23, 2019") is a dateline and stays in the story.
 */
export function isHeading(line: string): boolean {
  if (line.length > 90 || /[.!?:;,"”’')\]…]$/.test(line)) return false;
  // "LONDON 1996-08-30", "Leicester 3 Manchester United 1": a dateline or a score line is story
  if (/\d{4}-\d\d-\d\d|\s\d+\s.*\s\d+$/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 12) return false;
  let capitalized = 0;
  let dateWords = 0;
  for (const word of words) {
    const core = word.replace(EDGE_MARKS, "");
    if (!core) continue;
    if (monthOrDay.test(core) || /^\d{1,4}$/.test(core)) dateWords++;
    if (OPENS_UPPER.test(core)) capitalized++;
    else if (!minor.has(core.toLowerCase())) return false;
  }
  if (dateWords === words.length) return false;
  return capitalized >= 2 && OPENS_HEADING.test(line);
}
