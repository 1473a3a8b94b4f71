// Honorifics and courtesy titles that vary between articles naming the same person.
const honorifics = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "hon"]);

/** Lower case, no accents or punctuation, single spaces: "Mr. José  Núñez" → "jose nunez". */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’`]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** A person's name without leading honorifics or trailing generational suffixes. */
export function normalizePersonName(name: string): string {
  const words = normalizeName(name).split(" ").filter(Boolean);
  while (words.length > 1 && honorifics.has(words[0] ?? "")) words.shift();
  while (words.length > 1 && /^(jr|sr|ii|iii|iv)$/.test(words[words.length - 1] ?? "")) words.pop();
  return words.join(" ");
}

/** An acronym as written ("NATO", "U.N.", "WHO"): 2–8 capitals, dots allowed, no lower case. */
export function asAcronym(text: string): string | null {
  const compact = text.replace(/[.\s]/g, "");
  return /^[A-Z][A-Z0-9&]{1,7}$/.test(compact) ? compact.toLowerCase() : null;
}
