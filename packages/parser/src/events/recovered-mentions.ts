import titles from "../../data/titles.json";
import type { Doc } from "../doc.js";
import type { Mention } from "../model.js";
import { lowerText } from "../tokens/lower-text.js";

type ActorMention = Mention & { actor: string };

// Occurrences of an actor's own names that the entity stage left unmarked
// ("Mahan had contributed ..." after "Mahan Air" was named), "the
// embassy" for the one organization of the story whose name ends in
// "Embassy", and "the crown prince" for the one person the story named with
// that title ("Crown Prince Mohammad bin Salman"). Only for the role finders;
// doc.mentions stays as it was.

const TITLE_WORDS = new Set(
  [...Object.keys(titles.honorifics), ...titles.heads].map((t) => t.toLowerCase().replace(/\.$/, "")),
);

const MIN_ALIAS = 3;
// module constants: a `\p{…}` literal inside a function is compiled to a new RegExp at each use
const UPPER_FIRST = /^\p{Lu}/u;
const LAST_WORD = /(\p{L}+)$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function recoveredMentions(doc: Doc, named: ActorMention[]): ActorMention[] {
  const taken = new Uint8Array(doc.text.length + 1);
  for (const m of named) taken.fill(1, m.start, m.end);
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  const out: ActorMention[] = [];
  const add = (start: number, end: number, actor: string, kind: Mention["kind"]) => {
    if (start < doc.bodyStart || !free(start, end)) return;
    taken.fill(1, start, end);
    out.push({ start, end, kind, actor, via: "alias" });
  };
  const body = doc.text;
  for (const a of doc.actors) {
    // the name, then each alias once (no set built per actor: an actor has a few aliases at most)
    for (let k = -1; k < a.aliases.length; k++) {
      const alias = k < 0 ? a.name : (a.aliases[k] as string);
      if (k >= 0 && (alias === a.name || a.aliases.indexOf(alias) < k)) continue;
      if (alias.length < MIN_ALIAS || !UPPER_FIRST.test(alias) || isBareTitle(alias)) continue;
      for (let i = body.indexOf(alias); i >= 0; i = body.indexOf(alias, i + alias.length)) {
        if (isWordEdge(body, i - 1) && isWordEdge(body, i + alias.length)) add(i, i + alias.length, a.id, a.kind);
      }
    }
  }
  const titled = personTitles(doc, named);
  // the doc's shared lower case (lower-text.ts), when it keeps every offset
  const lower = titled.size > 0 ? (lowerText(doc) ?? body.toLowerCase()) : "";
  for (const [title, id] of titled) {
    if (!id) continue;
    const phrase = `the ${title}`;
    for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) {
      const end = i + 4 + title.length;
      if (isWordEdge(body, i - 1) && isWordEdge(body, end)) add(i, end, id, "person");
    }
  }
  // "the embassy": a definite head noun that names one organization of the story
  const heads = new Map<string, string | null>();
  for (const a of doc.actors) {
    if (a.kind !== "organization") continue;
    const head = LAST_WORD.exec(a.name)?.[1]?.toLowerCase();
    if (!head || head.length < 4) continue;
    heads.set(head, heads.has(head) ? null : a.id);
  }
  if (![...heads.values()].some(Boolean)) return out;
  for (const m of body.matchAll(/\b[Tt]he ([a-z]+)\b/g)) {
    const id = heads.get(m[1] as string);
    if (id) add(m.index ?? 0, (m.index ?? 0) + m[0].length, id, "organization");
  }
  return out;
}

/**
 * "President", "the Prime Minister": an office, not a name. A person the story
 * once called so (FDR in an aside: "Roosevelt's bill would allow the President
 * to ...") does not hold it at its every other use ("Biden called on the
 * President", "President Barack Obama"); each use is resolved where it stands.
 */
function isBareTitle(alias: string): boolean {
  const lower = alias.toLowerCase();
  // the pattern only when it can match: a replace call per alias of every actor cost more than the rest of the test
  return TITLE_WORDS.has(lower.startsWith("the") ? lower.replace(LEADING_THE, "") : lower);
}
const LEADING_THE = /^the\s+/;

function isWordEdge(text: string, i: number): boolean {
  return i < 0 || i >= text.length || !LETTER_OR_DIGIT.test(text[i] as string);
}

/**
 * Titles written just before a person's name ("Crown Prince Mohammad", "prosecutor
 * general Ali ..."), each with its person, or null when two people share it.
 */
function personTitles(doc: Doc, named: ActorMention[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const names = new Map<string, Set<string>>();
  const seen = new Map<string, number>();
  for (const m of named) {
    if (m.kind !== "person" || m.via === "pronoun" || m.via === "description") continue;
    // a title is written before the first names of a person, not at every later mention
    const count = (seen.get(m.actor) ?? 0) + 1;
    seen.set(m.actor, count);
    if (count > 2) continue;
    // "Crown Prince Mohammad bin Salman" marked from "Salman": the rest of the name is not the title
    let own = names.get(m.actor);
    if (!own) {
      const actor = doc.actors.find((a) => a.id === m.actor);
      own = new Set<string>();
      for (const n of [actor?.name ?? "", ...(actor?.aliases ?? [])]) addWords(n, own);
      names.set(m.actor, own);
    }
    const ws: string[] = [];
    let pos = m.start;
    // read words back from the name, over the rest of the name, until two title candidates are read
    for (let guard = 0; guard < 8 && ws.length < 2; guard++) {
      const w = wordBefore(doc.text, pos);
      if (!w) break;
      pos = w.start;
      if (ws.length === 0 && own.has(w.word)) continue;
      ws.unshift(w.word.toLowerCase());
    }
    if (ws.length === 0) continue;
    const two = ws.join(" ");
    const title = ws.length === 2 && TITLE_WORDS.has(two) ? two : TITLE_WORDS.has(ws.at(-1) ?? "") ? ws.at(-1) : null;
    if (!title) continue;
    const had = out.get(title);
    out.set(title, had === undefined || had === m.actor ? m.actor : null);
  }
  return out;
}

/**
 * The whitespace-separated words of `name` into `words`: what `name.split(/\s+/)` gives
 * less its empty ends (the words read back from a name are never empty), without a
 * regular-expression split per name and alias of every person.
 */
function addWords(name: string, words: Set<string>): void {
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && !isSpace(name.charCodeAt(i))) continue;
    if (i > start) words.add(name.slice(start, i));
    start = i + 1;
  }
}

/** What `\s` matches: ECMAScript's white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The word that ends just before `pos` across spaces only (no punctuation), or null. */
function wordBefore(text: string, pos: number): { word: string; start: number } | null {
  let end = pos;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 10)) end--;
  if (end === pos) return null;
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return start < end ? { word: text.slice(start, end), start } : null;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
}
