import { countryByCode, titleHeads } from "../entities/lexicon.js";
import type { MentionNote } from "../entities/mention-note.js";
import type { Actor, Mention } from "../model.js";
import { ActorTable, addAlias } from "./actor-table.js";
import type { PersonFacts } from "./resolve-references.js";

const DETERMINER = /^(?:the|a|an)\s+/i;

/**
 * Creates one actor per key in the order the text first names it, and
 * gathers its aliases (every surface form but pronouns), its longest name
 * and its title.
 */
export function makeActors(
  mentions: Mention[],
  notes: MentionNote[],
  keys: (string | null | undefined)[],
  facts: PersonFacts,
  text: string,
): ActorTable {
  const table = new ActorTable();
  // the canonical name: a country's common name; a person's or organization's longest name
  const best = new Map<string, string>();
  notes.forEach((n, i) => {
    const k = keys[i];
    const m = mentions[i] as Mention;
    if (!k || m.via === "pronoun" || (m.via === "description" && k !== n.key)) return;
    const prev = best.get(k);
    if (!prev || (m.via === "name" && n.name.length > prev.length)) best.set(k, n.name);
  });
  notes.forEach((n, i) => {
    const k = keys[i];
    const m = mentions[i] as Mention;
    if (!k) return;
    const actor = ensure(table, k, m, n, best);
    if (!actor) return;
    if (m.via !== "pronoun") addAlias(actor, text.slice(m.start, m.end).replace(DETERMINER, ""));
    // "Pope Francis", "Judge Marrero": a one-word title right before a person's name names them too
    if (m.via === "name" && m.kind === "person") {
      const title = titleBefore(text, m.start);
      if (title) addAlias(actor, `${title} ${text.slice(m.start, m.end)}`);
    }
    if (k === n.key || m.kind === "person") {
      // ("Jo Roe and Democratic nominee Ann Lee": the joiner before a title is no part of it)
      const title = n.title?.replace(LEADING_JOINER, "") || null;
      if (title && actor.kind === "person" && (!actor.title || (m.via === "name" && actor.title.length < title.length)))
        actor.title = title;
    }
    const g = n.gender ?? facts.gender.get(k) ?? null;
    if (g && !table.gender.get(actor.id)) table.gender.set(actor.id, g);
  });
  return table;
}

const LEADING_JOINER = /^(?:and|or|but|then)\s+/i;
// The words that make a title a lower office than its head word: "Vice President", "Deputy Minister".
const SUBORDINATE = /(?:^|[^\p{L}])(?:[Vv]ice|[Dd]eputy|[Aa]ssistant|[Aa]ssociate)[\s-]+$/u;

// (module constants: tsx's esbuild turns a \p{...} literal into `new RegExp` at each use)
const LETTER = /\p{L}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const WHITE = /\s/;

// An ASCII character is a letter by its code; any other is asked of LETTER.
function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[at] as string);
}

// The capitalised title word set right before a name ("Pope " before "Francis"), if any.
function titleBefore(text: string, start: number): string | null {
  if (text.charCodeAt(start - 1) !== 32) return null;
  let k = start - 1;
  while (k > 0 && isLetterAt(text, k - 1)) k--;
  const word = text.slice(k, start - 1);
  if (word.length < 2 || !UPPER_FIRST.test(word) || (k > 0 && !WHITE.test(text[k - 1] as string))) return null;
  // "Vice President Jo Roe" is no "President Jo Roe"
  if (SUBORDINATE.test(text.slice(Math.max(0, k - 12), k))) return null;
  return titleHeads.has(word.toLowerCase()) ? word : null;
}

function ensure(table: ActorTable, key: string, m: Mention, n: MentionNote, best: Map<string, string>): Actor | null {
  const found = table.get(key);
  if (found) return found;
  const [type, rest] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
  if (type === "country") {
    const c = countryByCode.get(rest);
    return table.ensure(key, "country", c?.name ?? rest, rest);
  }
  const name = best.get(key) ?? n.name;
  if (type === "person") return table.ensure(key, "person", name);
  if (type === "group") return table.ensure(key, "group", name);
  if (type === "org") {
    const kind = m.kind === "media" ? "media" : "organization";
    return table.ensure(key, kind, name, n.code ?? null);
  }
  return null;
}
