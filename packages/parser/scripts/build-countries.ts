// Builds data/countries.json from the world-countries and i18n-iso-countries
// packages: alpha-3 code, common English name, other English names, demonyms,
// capitals. Run with `pnpm build:gazetteers`; the output is committed so the
// parser needs neither package at run time.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import countries from "i18n-iso-countries";
import worldCountries from "world-countries";
import extras from "../data/country-extras.json" with { type: "json" };

interface CountryEntry {
  code: string;
  name: string;
  /** A sovereign state: wins a shared name or demonym ("French") over a territory. */
  independent: boolean;
  names: string[];
  demonyms: string[];
  capitals: string[];
}

// Latin script only (diacritics allowed), no inverted forms such as "Korea, Republic of".
const usable = (s: string) => /^[\p{Script=Latin}\p{M} .'’()-]+$/u.test(s) && !/[,()]/.test(s);

// Alternative spellings that are ordinary English words or too ambiguous to read as a country.
const AMBIGUOUS = new Set(["Man", "Chad", "Jordan", "Georgia", "Guinea", "Congo", "Holland", "Nederland", "Sark"]);
const KEEP_AMBIGUOUS = new Set(["GEO", "JOR", "TCD"]);

// English plural of a demonym used as a noun ("Serbians", "Iraqis"); none for "British", "Chinese", "Swiss".
function plural(demonym: string): string | null {
  if (/(ese|ish|ch|ss|sh|s)$/.test(demonym)) return null;
  return `${demonym}s`;
}

const out: CountryEntry[] = [];
for (const c of worldCountries) {
  if (c.cca3 === "ATA" || !c.name.common) continue;
  const alpha2 = c.cca2;
  const isoNames = countries.getNames("en", { select: "all" })[alpha2] ?? [];
  const names = new Set<string>();
  for (const n of [c.name.common, c.name.official, ...c.altSpellings, ...isoNames]) {
    if (!usable(n) || n.length < 2) continue;
    if (n === alpha2 && !isoNames.includes(n)) continue;
    if (AMBIGUOUS.has(n) && !KEEP_AMBIGUOUS.has(c.cca3)) continue;
    names.add(n.replace(/^The /, ""));
  }
  const demonyms = new Set<string>();
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (!d || !usable(d)) continue;
    demonyms.add(d);
    const p = plural(d);
    if (p) demonyms.add(p);
  }
  const capitals = c.capital.filter(usable).map((s) => s.replace(/ D\.C\.$/, ""));
  // English forms the packages lack ("Britain", "U.K.", "Kiev"), kept by hand in country-extras.json.
  const extra = (extras as Record<string, Partial<CountryEntry>>)[c.cca3];
  for (const d of extra?.demonyms ?? []) demonyms.add(d);
  // "Thai", "Saudi": a demonym among a package's other names would make every adjective a country
  for (const d of demonyms) if (d !== c.name.common) names.delete(d);
  for (const n of extra?.names ?? []) names.add(n);
  for (const k of extra?.capitals ?? []) if (!capitals.includes(k)) capitals.push(k);
  out.push({
    code: c.cca3,
    name: extra?.name ?? c.name.common,
    independent: c.independent === true,
    names: [...names],
    demonyms: [...demonyms],
    capitals,
  });
}
// States that no longer exist ("Soviet Union", ISO 3166-3 codes) but that news still names as
// actors; only country-extras.json lists them.
const known = new Set(out.map((c) => c.code));
for (const [code, e] of Object.entries(extras as Record<string, Partial<CountryEntry> & { historical?: boolean }>)) {
  if (!e.historical || known.has(code) || !e.name) continue;
  out.push({
    code,
    name: e.name,
    independent: true,
    names: e.names ?? [e.name],
    demonyms: e.demonyms ?? [],
    capitals: e.capitals ?? [],
  });
}
// states before territories, so that a name or demonym they share is the state's
out.sort((a, b) => Number(b.independent) - Number(a.independent) || a.code.localeCompare(b.code));
const file = fileURLToPath(new URL("../data/countries.json", import.meta.url));
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`wrote ${out.length} countries to ${file}`);
