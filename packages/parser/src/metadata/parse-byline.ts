/**
 * Authors from a byline line: "By A and B", "By A, B and C", "By A | Reuters".
 * Returns null when the line is not a byline.
 */
export function parseByline(line: string): string[] | null {
  const m = /^\s*by\s*:?\s+(.+?)\s*$/i.exec(line);
  if (!m?.[1] || m[1].length > 200) return null;
  // What follows a separator is an affiliation or a date, not another author.
  const names = (m[1].split(/\s*(?:[|•·—–]| - |\bupdated\b|\bpublished\b)\s*/i)[0] ?? "")
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i)
    .map((n) => n.trim().replace(/[.,;:]+$/, (p) => (/\b\p{Lu}\.$/u.test(n) ? p : "")))
    .filter((n) => n);
  if (!names.length || !names.every(isName)) return null;
  return names.map((n) => (n === n.toUpperCase() ? titleCase(n) : n));
}

function isName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 6 && /^\p{Lu}/u.test(name) && !/[.!?]$/.test(name.replace(/\b\p{Lu}\.$/u, ""));
}

/** "ANN M. SIMMONS" → "Ann M. Simmons" (shouted bylines are common on pages). */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
