import { countryByCode } from "../entities/lexicon.js";
import type { MentionNote } from "../entities/mention-note.js";
import type { Mention } from "../model.js";

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * Gives every name, metonym and body mention the key of the entity it
 * names: a surname joins the full name it belongs to ("Putin", "Mr. Putin"
 * → "Vladimir Putin"), a short organization name its longer form ("Mahan" →
 * "Mahan Air"), a bare body ("the police") the named body it stands for or
 * the article's country's. Descriptions and pronouns are left to
 * `resolveReferences`; places get null.
 */
export function resolveNames(mentions: Mention[], notes: MentionNote[], text: string): (string | null | undefined)[] {
  const keys: (string | null | undefined)[] = new Array(mentions.length);
  const wordsOf = notes.map((n) => words(n.name));
  const fullNames: { index: number; key: string; words: string[] }[] = [];
  notes.forEach((n, i) => {
    const m = mentions[i] as Mention;
    if (m.kind === "person" && m.via === "name" && words(n.name).length > 1)
      fullNames.push({ index: i, key: n.key, words: words(n.name) });
  });
  const longOrgs = notes
    .map((n, i) => ({ n, m: mentions[i] as Mention, first: wordsOf[i]?.[0], long: (wordsOf[i]?.length ?? 0) > 1 }))
    .filter(({ m, long }) => (m.kind === "organization" || m.kind === "media") && m.via === "name" && long);
  const dominant = dominantCountry(mentions, notes);

  notes.forEach((n, i) => {
    const m = mentions[i] as Mention;
    if (m.kind === "location") {
      keys[i] = null;
      return;
    }
    if (m.via === "pronoun" || (m.via === "description" && m.kind === "person")) return;
    if (n.bareBody) {
      keys[i] = bareBodyKey(n, i, mentions, notes, text, dominant);
      return;
    }
    const single = wordsOf[i]?.length === 1;
    if (m.kind === "person" && single) {
      keys[i] = surnameOwner(fullNames, n.name, i) ?? n.key;
      return;
    }
    if ((m.kind === "organization" || m.kind === "media") && single) {
      const long = longOrgs.find((o) => o.first === n.name);
      keys[i] = long ? long.n.key : n.key;
      return;
    }
    keys[i] = n.key;
  });
  mergeNamedBodies(mentions, notes, keys);
  return keys;
}

// "Russian Foreign Ministry" and "the Russian foreign ministry", "Office of the Director of
// National Intelligence" and "U.S. intelligence": a named body of a state joins the
// common-noun body of the same state whose noun its name contains.
function mergeNamedBodies(mentions: Mention[], notes: MentionNote[], keys: (string | null | undefined)[]): void {
  const bodies = new Set<string>();
  for (const k of keys) if (k && /^org:[A-Z]{3}:/.test(k)) bodies.add(k);
  if (!bodies.size) return;
  notes.forEach((n, i) => {
    const m = mentions[i] as Mention;
    if (m.kind !== "organization" || m.via !== "name" || !n.affiliation?.startsWith("country:")) return;
    const code = n.affiliation.slice(8);
    const name = n.name.toLowerCase();
    for (const b of bodies) {
      if (!b.startsWith(`org:${code}:`)) continue;
      const body = b.slice(8);
      if (new RegExp(`\\b${body}\\b`).test(name)) {
        const from = keys[i];
        for (let j = 0; j < keys.length; j++) if (keys[j] === from) keys[j] = b;
        break;
      }
    }
  });
}

// The full name whose words include this one, nearest before the mention, else the first after it.
function surnameOwner(
  fullNames: { index: number; key: string; words: string[] }[],
  name: string,
  at: number,
): string | null {
  let best: { index: number; key: string } | null = null;
  for (const f of fullNames) {
    if (!f.words.includes(name)) continue;
    if (f.index < at) best = f;
    else if (!best) return f.key;
  }
  return best?.key ?? null;
}

/** The country the article is most about: the most often named, metonyms and demonyms included. */
export function dominantCountry(mentions: Mention[], notes: MentionNote[]): string | null {
  const count = new Map<string, number>();
  notes.forEach((n, i) => {
    if (mentions[i]?.kind === "country" && n.code) count.set(n.code, (count.get(n.code) ?? 0) + 1);
  });
  let best: string | null = null;
  let most = 0;
  for (const [code, c] of count)
    if (c > most) {
      best = code;
      most = c;
    }
  return best;
}

function bareBodyKey(
  n: MentionNote,
  at: number,
  mentions: Mention[],
  notes: MentionNote[],
  text: string,
  dominant: string | null,
): string | null {
  const body = n.bareBody as string;
  const word = body.split(" ").pop() as string;
  // the named body this one stands for: "Northamptonshire Police" ... "police"
  let named: string | null = null;
  for (let i = 0; i < notes.length; i++) {
    const m = mentions[i] as Mention;
    if (m.kind !== "organization" || m.via !== "name" || i === at) continue;
    if (!text.slice(m.start, m.end).toLowerCase().includes(word)) continue;
    named = (notes[i] as MentionNote).key;
    if (i > at) break;
  }
  if (named) return named;
  if (!dominant) return null;
  if (body === "regime" || body === "officials" || body === "authorities") return `country:${dominant}`;
  const demonym = countryByCode.get(dominant)?.demonym ?? dominant;
  n.name = `${demonym} ${body}`;
  n.affiliation = `country:${dominant}`;
  return `org:${dominant}:${body}`;
}
