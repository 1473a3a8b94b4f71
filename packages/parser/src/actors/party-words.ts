import partyWords from "../../data/party-words.json";
import type { Doc } from "../doc.js";
import { firstNameGender, gazetteer, honorifics, titleHeads } from "../entities/lexicon.js";
import type { Actor } from "../model.js";
import { addAlias, uniqueActorId } from "./actor-table.js";

const PARTY_OF: ReadonlyMap<string, string> = new Map(Object.entries(partyWords.words));
const NAME_AFTER = new Set(partyWords.nameAfter);
const PARTY_WORD = new RegExp(`\\b(?:${[...PARTY_OF.keys()].join("|")})\\b`, "g");
// the word before and the word after, as written (a comma, a bracket or a quote ends a word)
const WORD_BEFORE = /(\S+)\s+$/;
const WORD_AFTER = /^\s+([^\s,;:!?)"”’]+)/;
const SENTENCE_END = /[.!?:"“”]$/;
// a word that ends in a mark is set off from the next ("Melania Trump, Republican nominee ...")
const PUNCTUATED = /[.,;:!?"“”()[\]]$/;

/**
 * Runs after the event stages. "the Republican nominee", "Democratic leaders said", "a Democrat
 * since 1990": a party's word standing alone names the party, which takes part as the body its
 * members belong to even where the text never writes its full name; the word is its alias, and
 * a person whose title or a group whose name holds the word belongs to it. A word inside another
 * name ("Syrian Democratic Forces", "the Democratic National Committee") names no party, nor
 * does one in a line that is not part of the story. The event stages never see these parties
 * (their alias would be read as a mention of the party inside "the Republican nominee").
 */
export function namePartyActors(doc: Doc): void {
  const { text } = doc;
  const parties = new Map<string, Actor>();
  for (const m of text.matchAll(PARTY_WORD)) {
    const start = m.index ?? 0;
    const word = m[0];
    if (doc.boilerplate.some((b) => start >= b.start && start < b.end)) continue;
    if (!standsAlone(text, start, start + word.length)) continue;
    const party = partyActor(doc, PARTY_OF.get(word) as string);
    if (!party) continue;
    addAlias(party, word);
    parties.set(word, party);
  }
  if (!parties.size) return;
  for (const actor of doc.actors) {
    const words =
      actor.kind === "person" ? actor.title : actor.kind === "group" && !actor.affiliation ? actor.name : null;
    if (!words) continue;
    const own = actor.affiliation ? doc.actors.find((a) => a.id === actor.affiliation) : null;
    // a body the person acts for stays theirs ("Republican National Committee chairman")
    if (own && own.kind !== "country") continue;
    for (const w of words.split(/\s+/)) {
      const party = parties.get(w);
      if (!party || party === actor) continue;
      actor.affiliation = party.id;
      break;
    }
  }
}

// The party the gazetteer lists under `name`: the story's actor of one of its names, else a new one
// that belongs to the state the entry gives, when the story has that state among its actors.
function partyActor(doc: Doc, name: string): Actor | null {
  const entry = gazetteer.get(name);
  if (entry?.type !== "org") return null;
  // (by any of its names: "Top Republican Party officials" may have named it at more length)
  const found = doc.actors.find(
    (a) => a.kind === "organization" && (a.name === name || a.aliases.some((n) => gazetteer.get(n) === entry)),
  );
  if (found) return found;
  const state = entry.country ? doc.actors.find((a) => a.kind === "country" && a.code === entry.country) : null;
  const actor: Actor = {
    id: uniqueActorId(name, (id) => doc.actors.some((a) => a.id === id)),
    name,
    kind: entry.kind,
    aliases: [],
    affiliation: state?.id ?? null,
    title: null,
    code: entry.code,
  };
  doc.actors.push(actor);
  return actor;
}

/** Not a piece of a longer capitalised name: the word after is lower-case, or a title, an
 * honorific, a first name or a known body ("Democratic Sen. Jo Roe", "Republican Jo Roe",
 * "the Republican Senate"); the word before is lower-case, opens the sentence, or names a
 * state, a place or a body ("U.S. Democratic candidate", "Nevada Democratic caucus-goers",
 * "House Republican Jo Roe"), or is set off by a mark ("Jo Roe, Democrat of Ohio"). A hyphen
 * after it makes a compound ("Republican-led"), no party's name.
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  if (text.startsWith("-", end)) return false;
  const next = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
  if (next && isCapital(next) && !nameAfter(next)) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  const prev = before?.[1];
  if (!prev || !isCapital(prev) || PUNCTUATED.test(prev) || text.slice(start - 2, start).includes("\n")) return true;
  // "Presumptive Republican nominee", "Some Democratic lawmakers": a capital only because it opens the sentence
  const earlier = WORD_BEFORE.exec(text.slice(Math.max(0, start - 60), start - (before?.[0].length ?? 0)))?.[1];
  if (!earlier || SENTENCE_END.test(earlier)) return true;
  const e = gazetteer.get(prev.replace(/['’]s$/, ""));
  return e?.type === "country" || e?.type === "demonym" || e?.type === "place" || e?.type === "org";
}

function isCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function nameAfter(w: string): boolean {
  if (NAME_AFTER.has(w) || honorifics.has(w) || titleHeads.has(w.toLowerCase()) || firstNameGender.has(w)) return true;
  return gazetteer.get(w)?.type === "org";
}
