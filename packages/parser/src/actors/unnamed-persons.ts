import unnamed from "../../data/unnamed-persons.json";
import type { MentionNote } from "../entities/mention-note.js";
import type { Mention } from "../model.js";

// "later identified as X", "identified only as X", "identified the suspect as X", "named him on
// Sunday as X", "suspected to be X": the phrase that tells who an unnamed person is; the name follows it closely
const IDENTIFYING = new RegExp(
  `\\b(?:identified(?:\\s+(?:him|her|the\\s+(?:${unnamed.nouns.join("|")})))?(?:\\s+only)?\\s+as|named\\s+(?:him|her)(?:\\s+[\\w,]+){0,3}?\\s+as|(?:suspected|believed)\\s+to\\s+be)\\s`,
  "g",
);
const NAME_REACH = 60;
const POINT_BACK = new Set(unnamed.pointBack);
const TITLED_AS = new Map(Object.entries(unnamed.titledAs).map(([k, v]) => [k, new Set(v)] as const));
// "a second man", "another man": someone else than the person identified before
const SOMEONE_ELSE = /^(?:another|second|third|fourth|fifth|other)\b/i;

/**
 * Ties each unnamed person the mention stage designated ("arrested a 36-year-old man") to the
 * person an identifying phrase names ("Reports named him as X", "the man, later identified as
 * X"): the phrase nearest after its first mention, else the nearest before unless the
 * description says it is someone else ("a second man"). Otherwise the person keeps a key of
 * its own, and pronouns may point to it. Runs before the references are resolved.
 */
export function tieUnnamedPersons(
  mentions: Mention[],
  notes: MentionNote[],
  keys: (string | null | undefined)[],
  text: string,
): void {
  if (!notes.some((n) => n.unnamed)) return;
  const named = identifications(mentions, keys, text);
  const tied = new Map<string, string>();
  notes.forEach((n, i) => {
    if (!n.unnamed) return;
    let key = tied.get(n.key);
    if (key === undefined) {
      const pos = (mentions[i] as Mention).start;
      const after = named.find((x) => x.pos >= pos);
      const before = SOMEONE_ELSE.test(text.slice(pos, pos + 40).replace(/^(?:a|an|one)\s+/i, ""))
        ? undefined
        : named.filter((x) => x.pos < pos).at(-1);
      key = (after ?? before)?.key ?? titledPerson(mentions, keys, text, n.name) ?? n.key;
      tied.set(n.key, key);
    }
    keys[i] = key;
  });
}

/** The persons the text identifies in an identifying phrase, in text order. */
function identifications(
  mentions: Mention[],
  keys: (string | null | undefined)[],
  text: string,
): { pos: number; key: string }[] {
  const out: { pos: number; key: string }[] = [];
  for (const m of text.matchAll(IDENTIFYING)) {
    const from = (m.index ?? 0) + m[0].length;
    const stop = text.indexOf(".", from);
    const limit = Math.min(from + NAME_REACH, stop < 0 ? text.length : stop + 1);
    const j = mentions.findIndex((x, i) => x.start >= from && x.start < limit && x.via === "name" && isPerson(keys[i]));
    const key = j >= 0 ? keys[j] : null;
    if (key) out.push({ pos: m.index ?? 0, key });
  }
  return out;
}

/**
 * "sentenced a doctor based in Martinsville ... Dr. Jo Roe was found guilty": the one person the
 * story names with the title the unnamed person's noun gives, if exactly one.
 */
function titledPerson(
  mentions: Mention[],
  keys: (string | null | undefined)[],
  text: string,
  name: string,
): string | null {
  const noun = name.toLowerCase().split(/\s+/).at(-1) ?? "";
  const titles = TITLED_AS.get(noun);
  if (!titles) return null;
  const found = new Set<string>();
  mentions.forEach((m, i) => {
    const k = keys[i];
    if (m.via !== "name" || !isPerson(k)) return;
    const word = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1]?.toLowerCase();
    if (word && titles.has(word)) found.add(k as string);
  });
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

const isPerson = (k: string | null | undefined) => !!k?.startsWith("person:") && !k.startsWith("person:unnamed:");

/**
 * "Police arrested a man ... The suspect was remanded": "the" and a doer's role noun
 * the references left open is the unnamed person the story acted on last before it.
 */
export function pointBackToUnnamed(
  mentions: Mention[],
  notes: MentionNote[],
  keys: (string | null | undefined)[],
  text: string,
): void {
  let last: string | null = null;
  mentions.forEach((m, i) => {
    const n = notes[i] as MentionNote;
    if (n.unnamed) {
      last = keys[i] ?? null;
      return;
    }
    if (!last || keys[i] || m.kind !== "person" || m.via !== "description" || n.role !== "perpetrator") return;
    // "the suspect", "the attacker", not "the suicide bomber" (someone else's deed)
    const words = text.slice(m.start, m.end).toLowerCase().split(/\s+/);
    if (words.length === 2 && words[0] === "the" && POINT_BACK.has(words[1] as string)) keys[i] = last;
  });
}
