// Builds data/first-names.json from the person first-name lists of
// @faker-js/faker's locales: Latin-script lists as they are, Cyrillic lists
// transliterated the ways English news spells them ("Алексей" → Alexei,
// Aleksei, Alexey). A first name is evidence that a capitalised run is a
// person; its gender lets "he" / "she" find the right antecedent.
// Names the faker lists lack are kept by hand beside the generated file and
// loaded with it: data/nicknames.json (short forms) and data/first-name-extras.json.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as faker from "@faker-js/faker";
import commonWords from "../data/common-words.json" with { type: "json" };
import countries from "../data/countries.json" with { type: "json" };
import orgWords from "../data/org-words.json" with { type: "json" };
import titles from "../data/titles.json" with { type: "json" };

type Gender = "m" | "f";
const CYRILLIC: Record<string, string[]> = {
  а: ["a"],
  б: ["b"],
  в: ["v"],
  г: ["g"],
  д: ["d"],
  е: ["e"],
  ё: ["yo", "e"],
  ж: ["zh"],
  з: ["z"],
  и: ["i"],
  й: ["i", "y"],
  к: ["k"],
  л: ["l"],
  м: ["m"],
  н: ["n"],
  о: ["o"],
  п: ["p"],
  р: ["r"],
  с: ["s"],
  т: ["t"],
  у: ["u"],
  ф: ["f"],
  х: ["kh", "h"],
  ц: ["ts"],
  ч: ["ch"],
  ш: ["sh"],
  щ: ["shch"],
  ъ: [""],
  ы: ["y"],
  ь: [""],
  э: ["e"],
  ю: ["yu"],
  я: ["ya"],
  і: ["i"],
  ї: ["yi"],
  є: ["ye"],
  ґ: ["g"],
};

function transliterate(name: string): string[] {
  let forms = [""];
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] as string;
    // "кс" is usually written "x" in English news (Alexei, Alexander)
    if (ch === "к" && lower[i + 1] === "с") {
      forms = forms.flatMap((f) => [`${f}x`, `${f}ks`]);
      i++;
      continue;
    }
    const options = CYRILLIC[ch];
    if (!options) return [];
    forms = forms.flatMap((f) => options.map((o) => f + o));
    if (forms.length > 8) forms = forms.slice(0, 8);
  }
  // "-ий" is written "-y" as often as "-iy" (Anatoly, Yuriy)
  forms = forms.flatMap((f) => (/i[iy]$/.test(f) ? [f, f.replace(/i[iy]$/, "y")] : [f]));
  return forms.map((f) => f.charAt(0).toUpperCase() + f.slice(1));
}

// Words that read as names in a first-name list but mean something else at the head of a run.
const blocked = new Set<string>([
  ...commonWords.words,
  ...titles.heads,
  ...titles.modifiers,
  ...Object.keys(titles.honorifics).map((s) => s.toLowerCase()),
  ...orgWords.suffixes.map((s) => s.toLowerCase()),
  ...orgWords.mediaSuffixes.map((s) => s.toLowerCase()),
  ...countries.flatMap((c) => [...c.names, ...c.demonyms, ...c.capitals]).map((s) => s.toLowerCase()),
  "royal",
  "federal",
  "national",
  "islamic",
  "united",
  "grand",
  "central",
  "north",
  "south",
  "east",
  "west",
  "saint",
  "christian",
  "democrat",
  "liberty",
  "independence",
  "unity",
  "victory",
  "justice",
  "king",
  "queen",
  "prince",
]);

const latin = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const genders = new Map<string, Gender | null>();
function note(name: string, gender: Gender | null): void {
  if (!latin.test(name) || name.length < 3 || blocked.has(name.toLowerCase())) return;
  const seen = genders.get(name);
  genders.set(name, seen === undefined ? gender : seen === gender ? gender : null);
}

for (const [locale, def] of Object.entries(faker)) {
  if (!/^[a-z]{2}(_[A-Z]{2})?$/.test(locale)) continue;
  const first = (def as { person?: { first_name?: Record<string, string[] | undefined> } }).person?.first_name;
  if (!first) continue;
  for (const [group, gender] of [
    ["male", "m"],
    ["female", "f"],
    ["generic", null],
  ] as const) {
    for (const name of first[group] ?? []) {
      if (/^\p{Script=Cyrillic}+$/u.test(name)) for (const t of transliterate(name)) note(t, gender);
      else note(name, gender);
    }
  }
}
// A name listed as generic only stays ungendered; one listed under both genders is neither.
const byGender: Record<"m" | "f" | "x", string[]> = { m: [], f: [], x: [] };
for (const [name, g] of [...genders].sort(([a], [b]) => a.localeCompare(b))) byGender[g ?? "x"].push(name);
const out = {
  _why: "First names from @faker-js/faker's locales by gender (x: either or unknown); built by scripts/build-first-names.ts.",
  m: byGender.m.join("|"),
  f: byGender.f.join("|"),
  x: byGender.x.join("|"),
};
const file = fileURLToPath(new URL("../data/first-names.json", import.meta.url));
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`wrote ${genders.size} first names to ${file}`);
