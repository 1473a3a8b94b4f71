import titles from "../../data/titles.json";
import type { Doc } from "../doc.js";
import type { Mention } from "../model.js";

// "Becker campaign manager Luke Ford", "Trump's lawyer Michael Cohen",
// "the Kremlin's spokesman Dmitry Peskov": a name standing before a
// lower-case title and a person's name modifies that person, who is the one
// the clause is about (accused, arrested, sued), not the name before.

type Named = Mention & { actor: string };

const HEADS = new Set([...titles.heads.filter((h) => !h.includes(" ")), ...titles.candidateHeads]);
const KIN = new Set(titles.kin);
/** Words that may stand before the title's head: "campaign manager", "personal lawyer", "longtime ally". */
const LEAD = /^(?:[\p{Ll}][\p{Ll}-]*\s+){0,3}$/u;
/** Function words end the title: "Russia and its ally X", "Trump of the Republican party". */
const FUNCTION_WORDS = new Set([
  "and",
  "or",
  "of",
  "for",
  "with",
  "to",
  "in",
  "on",
  "at",
  "by",
  "from",
  "the",
  "a",
  "an",
  "that",
  "who",
  "which",
  "as",
  "but",
  "is",
  "was",
  "has",
  "had",
  "said",
  "says",
]);
const POSSESSIVES = new Set(["his", "her", "their", "its"]);
/** "Trump ally Roger Stone", "Clinton rival Bernie Sanders": ties to another person a name may modify. */
const RELATION_HEADS = new Set(titles.relationHeads);
/** "Trump rival Sen. Ted Cruz": a capitalised honorific may stand between the head and the name. */
/** " officers, Commerce Secretary ": a plural title (its singular caught) set off by a comma, then capitalised title words. */
const PLURAL_APPOSITION = /^\s+([\p{Ll}-]+)s,\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
const HONORIFICS = new Set(Object.keys(titles.honorifics).filter((h) => !h.includes(" ")));

/**
 * Whether `m` modifies the person named by `next`: only a possessive ('s) or
 * white space and one to four lower-case words ending in a title or kinship
 * noun stand between them; after a possessive pronoun ("his rival X") any
 * such words, before any name.
 */
export function modifiesPerson(doc: Doc, m: Named, next: Named | undefined): boolean {
  if (!next || next.actor === m.actor) return false;
  // "his rival Donald Trump", "its parent company Alphabet": a possessive pronoun owns the noun before the name
  const possessive = POSSESSIVES.has(doc.text.slice(m.start, m.end).toLowerCase());
  if (!possessive && next.kind !== "person") return false;
  // "U.S. President Donald Trump", "House Speaker Paul Ryan", "FBI Director James Comey": a state or a
  // body right before a person's capitalised title, or before a name that holds the title, is the
  // person's own, not the one the clause is about
  if (!possessive && (m.kind === "country" || m.kind === "organization") && titledBy(doc.text.slice(m.end, next.start)))
    return true;
  let gap = doc.text.slice(m.end, next.start);
  if (gap.length > 48) return false;
  // "two Cabinet officers, Commerce Secretary Wilbur Ross and ...": a body before a plural title
  // that an apposition then names tells whose officers the named people are
  const plural = PLURAL_APPOSITION.exec(gap)?.[1];
  if (!possessive && plural && (m.kind === "country" || m.kind === "organization") && HEADS.has(plural)) return true;
  gap = gap.replace(/^['’]s?(?=\s)/u, "");
  if (!/^\s/u.test(gap) || !/\s$/u.test(gap)) return false;
  const words = gap.trim().split(/\s+/);
  if (words.length > 1 && HONORIFICS.has(words.at(-1) ?? "")) words.pop();
  const head = words.at(-1) ?? "";
  if (!(possessive || HEADS.has(head) || KIN.has(head) || RELATION_HEADS.has(head))) return false;
  if (words.some((w) => FUNCTION_WORDS.has(w))) return false;
  return LEAD.test(`${words.slice(0, -1).join(" ")}${words.length > 1 ? " " : ""}`);
}

/** The gap between a state or body and a person is one space, or a capitalised title of one to three words ("Majority Leader"). */
function titledBy(gap: string): boolean {
  if (gap === " ") return true;
  if (gap.length > 40 || !/^ \S/u.test(gap) || !/\S $/u.test(gap)) return false;
  const words = gap.trim().split(" ");
  return (
    words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && HEADS.has((words.at(-1) as string).toLowerCase())
  );
}

/** The person a name modifies among the mentions after it ("Trump rival Ted Cruz" → Cruz), else the name itself. */
export function modifiedPerson<T extends Named>(doc: Doc, name: T, mentions: readonly T[]): T {
  let at = name;
  for (let i = mentions.indexOf(name) + 1; i < mentions.length && modifiesPerson(doc, at, mentions[i]); i++)
    at = mentions[i] as T;
  return at;
}
