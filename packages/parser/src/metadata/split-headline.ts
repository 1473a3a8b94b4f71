import headlineWords from "../../data/headline-words.json";

const minor = new Set(headlineWords.minor);
const sentenceLead = new Set(headlineWords.sentenceLead);

export interface Headline {
  title: string;
  dek: string | null;
}

/**
 * A pasted headline often runs straight into its standfirst on one line:
 * "Russia Recalls Its Ambassador to the U.S. for Consultations Moscow’s move
 * follows a critical ...". The title is in title case (every word capitalized
 * but the minor ones); the standfirst is in sentence case. The split goes
 * before the first capitalized word that is directly followed by a
 * lower-case content word, provided everything before it is title case and
 * the rest reads as sentence case.
 */
export function splitHeadline(line: string): Headline {
  const text = line.trim();
  const words = [...text.matchAll(/\S+/g)];
  for (let i = 3; i < words.length - 3; i++) {
    const word = core(words[i]?.[0]);
    const next = core(words[i + 1]?.[0]);
    if (!isCapitalized(word) || !isLowerContent(next)) continue;
    const before = words.slice(0, i).map((w) => core(w[0]));
    if (!before.every((w) => !w || isCapitalized(w) || minor.has(w.toLowerCase()) || /^\d/.test(w))) break;
    const after = words.slice(i + 1).map((w) => core(w[0]));
    const lower = after.filter((w) => /^\p{Ll}/u.test(w)).length;
    if (lower / after.length < 0.5) continue;
    // The standfirst's subject may open with a capitalized article or a role ("President Biden said").
    let first = i;
    while (first > 3 && sentenceLead.has(words[first - 1]?.[0] ?? "")) first--;
    const at = words[first]?.index ?? 0;
    return { title: text.slice(0, at).trim(), dek: text.slice(at).trim() };
  }
  return { title: text, dek: null };
}

/** Whether a line reads like a title-case headline rather than prose. */
export function isTitleCase(line: string): boolean {
  const words = line
    .trim()
    .split(/\s+/)
    .map(core)
    .filter((w) => w);
  if (words.length < 2) return false;
  const capitalized = words.filter(isCapitalized).length;
  return words.every((w) => isCapitalized(w) || minor.has(w.toLowerCase()) || /^\d/.test(w)) && capitalized >= 2;
}

function core(word: string | undefined): string {
  return (word ?? "").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, "");
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isLowerContent(word: string): boolean {
  return /^\p{Ll}/u.test(word) && !minor.has(word.toLowerCase());
}
