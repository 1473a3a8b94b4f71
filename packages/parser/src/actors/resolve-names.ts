import referenceNouns from "../../data/reference-nouns.json";
import stateOfficials from "../../data/state-officials.json";
import { foldName, lowerArticle } from "../entities/fold-name.js";
import {
  countryBodies,
  countryByCode,
  gazetteer,
  officialNouns,
  orgHeads,
  orgSuffixes,
  stateOnlyBodies,
} from "../entities/lexicon.js";
import type { CountryHint, MentionNote } from "../entities/mention-note.js";
import type { Mention } from "../model.js";
import { placedBody } from "./placed-body.js";
import { type Holder, surnameCue, surnameOwner } from "./surname-owner.js";

// an initial, or initials run together ("H.W." in "George H.W. Bush", who is not "George W. Bush")
// (a module constant: tsx's esbuild turns a \p{...} literal into `new RegExp` at each use)
const INITIAL = /^(?:\p{Lu}\.)+$/u;
const NON_LETTERS = /[^\p{L}]+/u;

// A name's words. Most names are words between single spaces, cut at each space by indexOf
// (this ran for every note of every article, and the native split of a sliced string cost
// more); others take the general path.
const IRREGULAR_SPACE = /^ | $| {2}|[^\S ]/;
function words(s: string): string[] {
  if (!s.length || IRREGULAR_SPACE.test(s)) return s.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let from = 0;
  for (let at = s.indexOf(" "); at >= 0; at = s.indexOf(" ", from)) {
    out.push(s.slice(from, at));
    from = at + 1;
  }
  out.push(from ? s.slice(from) : s);
  return out;
}

/**
 * Gives every name, metonym and body mention the key of the entity it
 * names: a surname joins the full name it belongs to ("Putin", "Mr. Putin"
 * → "Vladimir Putin"), a short organization name its longer form ("Mahan" →
 * "Mahan Air"), a bare body ("the police") the named body it stands for or
 * the article's country's. Descriptions and pronouns are left to
 * `resolveReferences`; places get null.
 */
export function resolveNames(
  mentions: Mention[],
  notes: MentionNote[],
  text: string,
  hints: CountryHint[] = [],
): (string | null | undefined)[] {
  const keys: (string | null | undefined)[] = new Array(mentions.length);
  const wordsOf = notes.map((n) => words(n.name));
  // each word of a full name → the full-name mentions holding it, in text order
  const fullNames = new Map<string, Holder[]>();
  // first word of a longer organization name → its key ("Mahan" → "Mahan Air")
  const longOrgs = new Map<string, string>();
  // the initials of a longer organization name, and of its tails, → its key ("NTSB" → "National
  // Transportation Safety Board"); initials two names share name neither
  const initialOrgs = new Map<string, string | null>();
  // an institution's head word → the longer organization names holding it, in text order
  const headOwners = new Map<string, { index: number; key: string }[]>();
  notes.forEach((n, i) => {
    const m = mentions[i] as Mention;
    const ws = wordsOf[i] as string[];
    if (m.via !== "name" || ws.length < 2) return;
    if (m.kind === "person")
      // "Harold Finch, Jr.": the surname before the suffix's comma is still a word of the name
      for (let w of new Set(ws)) {
        // the surname proper: the name's last word, or the word before a suffix's comma
        const surname = w === ws[ws.length - 1] || w.endsWith(",");
        if (w.endsWith(",")) w = w.slice(0, -1);
        w = foldName(w);
        const list = fullNames.get(w) ?? [];
        const given = surname ? foldName(ws[0] as string) : null;
        list.push({ index: i, key: n.key, given, ...(given ? surnameCue(m, n, text, true) : {}) });
        fullNames.set(w, list);
      }
    else if (m.kind === "organization" || m.kind === "media") {
      if (!longOrgs.has(ws[0] as string)) longOrgs.set(ws[0] as string, n.key);
      addInitials(initialOrgs, ws, n.key);
      for (const w of ws)
        if (orgHeads.has(w)) {
          const list = headOwners.get(w) ?? [];
          list.push({ index: i, key: n.key });
          headOwners.set(w, list);
        }
    }
  });
  // the tail of a longer organization name → its key ("Court of Justice" → "European Court of
  // Justice"); a tail two names share ("Air Force") names neither
  const orgTails = new Map<string, string | null>();
  notes.forEach((n, i) => {
    const m = mentions[i] as Mention;
    const ws = wordsOf[i] as string[];
    if (m.via !== "name" || ws.length < 3 || (m.kind !== "organization" && m.kind !== "media")) return;
    for (let w = 1; w <= ws.length - 2; w++) {
      const c = ws[w]?.charCodeAt(0) ?? 0;
      if (c < 65 || c > 90) continue;
      const tail = ws.slice(w).join(" ");
      const had = orgTails.get(tail);
      orgTails.set(tail, had === undefined || had === n.key ? n.key : null);
    }
  });
  // one-word organization names → their keys, for "the Houthis" beside "Houthi"
  const singleOrgs = new Map<string, string>();
  notes.forEach((n, i) => {
    const m = mentions[i] as Mention;
    if (m.via === "name" && (m.kind === "organization" || m.kind === "group") && wordsOf[i]?.length === 1)
      if (!singleOrgs.has(n.name)) singleOrgs.set(n.name, n.key);
  });
  const namedOrgs = namedOrgsByWord(mentions, notes, text);
  const dominant = dominantCountry(mentions, notes, hints);
  const governmentOpposed = OPPOSED_GOVERNMENT.test(text);
  // the state named more than any other, asked only for a ministry the story never names
  let clear: string | null | undefined;
  const clearState = () => {
    if (clear === undefined) clear = dominantCountry(mentions, notes, hints, 1);
    return clear;
  };
  // "ABS-CBN" is a firm when the story also names it "ABS-CBN Corporation": the fit is the actor's, not one mention's
  const firms = firmKeys(mentions, notes, wordsOf);

  notes.forEach((n, i) => {
    const m = mentions[i] as Mention;
    if (m.kind === "location") {
      // "filed by Texas": a state that acts is a government, the place's name its alias
      keys[i] = n.actsAs ? n.key : null;
      return;
    }
    if (m.via === "pronoun" || (m.via === "description" && m.kind === "person")) return;
    if (n.refHead) {
      keys[i] =
        definiteReferent(n, i, mentions, keys, wordsOf, firms) ??
        unnamedMinistry(n, i, mentions, notes, keys, clearState());
      return;
    }
    if (n.bareBody) {
      const placed = placedBody(mentions, notes, i, text);
      keys[i] = bareBodyKey(
        n,
        i,
        namedOrgs,
        placed ??
          (n.bareBody && countryBodies.has(n.bareBody) ? governedState(mentions, notes, hints, text, i) : null) ??
          qualifiedBody(n, mentions[i] as Mention, hints, text) ??
          dominant,
        governmentOpposed,
      );
      return;
    }
    const single = wordsOf[i]?.length === 1;
    if (m.kind === "person" && single) {
      const folded = foldName(n.name);
      const holders = fullNames.get(folded) ?? fullNames.get(lowerArticle(folded) ?? "");
      keys[i] = surnameOwner(holders, i, surnameCue(m, n, text)) ?? n.key;
      return;
    }
    // "Richards also spoke", "Fiorina earned fees" typed as a body: the surname of a person the story
    // names in full is that person, unless the word is a body's or an outlet's known name ("Bloomberg")
    if ((m.kind === "organization" || m.kind === "media") && single && !gazetteer.has(n.name)) {
      const owner = surnameOwner(fullNames.get(foldName(n.name)), i);
      if (owner) {
        keys[i] = owner;
        return;
      }
    }
    if ((m.kind === "organization" || m.kind === "media") && single) {
      // "the Treasury Department" split as "Treasury" + "Department", "the Commission" after the
      // European Commission: a bare head word is the nearest named body before it that holds it
      const head = orgHeads.has(n.name);
      const owner = head
        ? headOwners
            .get(n.name)
            ?.filter((h) => h.index < i)
            .pop()
        : undefined;
      // "the Group of Six" cut short: a bare head word before "of" is a name's stump, no body
      if (!owner && (head || orgSuffixes.has(n.name)) && text.startsWith(" of ", m.end)) {
        keys[i] = null;
        return;
      }
      keys[i] =
        owner?.key ??
        longOrgs.get(n.name) ??
        pluralOf(n.name, singleOrgs) ??
        (ACRONYM.test(n.name) ? initialOrgs.get(n.name) : null) ??
        n.key;
      return;
    }
    if ((m.kind === "organization" || m.kind === "media") && m.via === "name") {
      keys[i] = orgTails.get(n.name) ?? n.key;
      return;
    }
    keys[i] = n.key;
  });
  mergePersonVariants(mentions, wordsOf, keys);
  mergeNamedBodies(mentions, notes, keys);
  return keys;
}

// An acronym a longer name may spell: three to six capitals.
const ACRONYM = /^[A-Z]{3,6}$/;

/**
 * "National Transportation Safety Board" → NTSB, "United States National Institute of Allergy
 * and Infectious Diseases" → USNIAID and its tails NIAID, IAID: the capitals of the name's
 * words, lower-case joiners left out ("of", "and"). A name that opens with a lower-case word or
 * holds a word in capitals of its own ("BBC World Service") spells no acronym of its own.
 */
function addInitials(initials: Map<string, string | null>, ws: string[], key: string): void {
  let letters = "";
  for (const w of ws) {
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122) continue;
    if (c < 65 || c > 90 || (w.length > 1 && w === w.toUpperCase())) return;
    letters += w[0];
  }
  if (letters.length < 3) return;
  for (let from = 0; from <= letters.length - 3; from++) {
    const a = letters.slice(from);
    const had = initials.get(a);
    initials.set(a, had === undefined || had === key ? key : null);
  }
}

/**
 * "Rivera Schatz" and "Pedro R. Pierluisi Urrutia" beside "Thomas Rivera Schatz" and "Pedro
 * Pierluisi": a person's name of two or more words, all of them words of one longer name in
 * the text (accents aside, initials apart), is that longer name's person. A shorter name that
 * fits two longer names of different people ("George Bush": "George W. Bush", "George P. Bush")
 * joins neither. A name without an initial joins the one written with it ("John Bolton", "John
 * R. Bolton"); two names that differ only by their initials stay two people.
 */
function mergePersonVariants(mentions: Mention[], wordsOf: string[][], keys: (string | null | undefined)[]): void {
  const byKey = new Map<string, Set<string>>();
  // the names written with an initial ("John R. Bolton")
  const initialled = new Set<string>();
  mentions.forEach((m, i) => {
    const k = keys[i];
    if (m.kind !== "person" || m.via !== "name" || !k?.startsWith("person:") || byKey.has(k)) return;
    const all = wordsOf[i] as string[];
    const ws = all.filter((w) => !INITIAL.test(w)).map(foldName);
    if (ws.length < 2 || ws.some((w) => w === "and" || w === "&")) return;
    byKey.set(k, new Set(ws));
    if (ws.length < all.length) initialled.add(k);
  });
  if (byKey.size < 2) return;
  // "John Bolton" is within "John R. Bolton": the same words without the initial
  const within = (a: Set<string>, b: Set<string>, aKey: string, bKey: string) => {
    if (a.size > b.size || (a.size === b.size && (initialled.has(aKey) || !initialled.has(bKey)))) return false;
    for (const w of a) if (!b.has(w)) return false;
    return true;
  };
  const remap = new Map<string, string>();
  // the entries listed once, not once per name
  const entries = [...byKey];
  for (const [short, ws] of entries) {
    const longer = entries.filter(([k, ls]) => k !== short && within(ws, ls, short, k));
    const widest = longer.filter(([k, ls]) => !longer.some(([o, other]) => within(ls, other, k, o)));
    if (widest.length === 1) remap.set(short, (widest[0] as [string, Set<string>])[0]);
  }
  if (!remap.size) return;
  for (let j = 0; j < keys.length; j++) {
    const to = remap.get(keys[j] ?? "");
    if (to) keys[j] = to;
  }
}

// "Russian Foreign Ministry" and "the Russian foreign ministry", "Office of the Director of
// National Intelligence" and "U.S. intelligence": a named body of a state joins the
// common-noun body of the same state whose noun its name contains.
function mergeNamedBodies(mentions: Mention[], notes: MentionNote[], keys: (string | null | undefined)[]): void {
  const bodies = new Set<string>();
  for (const k of keys) if (k && /^org:[A-Z]{3}:/.test(k)) bodies.add(k);
  if (!bodies.size) return;
  const remap = new Map<string, string>();
  notes.forEach((n, i) => {
    const m = mentions[i] as Mention;
    if (m.kind !== "organization" || m.via !== "name" || !n.affiliation?.startsWith("country:")) return;
    const code = n.affiliation.slice(8);
    const name = n.name.toLowerCase();
    for (const b of bodies) {
      if (!b.startsWith(`org:${code}:`)) continue;
      const body = b.slice(8);
      if (holdsWord(name, body)) {
        const from = keys[i];
        if (from) remap.set(from, b);
        break;
      }
    }
  });
  if (!remap.size) return;
  for (let j = 0; j < keys.length; j++) {
    const to = remap.get(keys[j] ?? "");
    if (to) keys[j] = to;
  }
}

// Whether `body` stands in `name` as whole words, as /\bbody\b/ finds it: by indexOf when the
// body is plain words (a pattern built per name and body was a hot spot), else by that pattern.
const PLAIN_WORDS = /^[a-z0-9](?:[a-z0-9 -]*[a-z0-9])?$/;
function holdsWord(name: string, body: string): boolean {
  if (!PLAIN_WORDS.test(body)) return new RegExp(`\\b${body}\\b`).test(name);
  for (let at = name.indexOf(body); at >= 0; at = name.indexOf(body, at + 1))
    if (!isWordChar(name.charCodeAt(at - 1)) && !isWordChar(name.charCodeAt(at + body.length))) return true;
  return false;
}

// \w without the u flag: ASCII letters, digits and "_" (NaN past either end is none)
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

// "Houthis" beside "Houthi": a one-word body's plural is its members, the same actor.
function pluralOf(name: string, singles: Map<string, string>): string | undefined {
  return name.length > 4 && name.endsWith("s") ? singles.get(name.slice(0, -1)) : undefined;
}

/**
 * The country the article is most about: the most often named, metonyms and
 * demonyms included, also the demonyms that only qualify ("French police officers").
 */
export function dominantCountry(
  mentions: Mention[],
  notes: MentionNote[],
  hints: CountryHint[] = [],
  margin = 0,
): string | null {
  const count = new Map<string, number>();
  notes.forEach((n, i) => {
    if (mentions[i]?.kind === "country" && n.code) count.set(n.code, (count.get(n.code) ?? 0) + 1);
  });
  for (const h of hints) count.set(h.code, (count.get(h.code) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  let second = 0;
  for (const [code, c] of count)
    if (c > most) {
      best = code;
      second = most;
      most = c;
    } else if (c > second) second = c;
  // with a margin asked for, a country only a little ahead of another is no answer
  return most - second >= margin ? best : null;
}

/** Named organizations by the body words their names hold ("police" → "Northamptonshire Police"), in text order. */
function namedOrgsByWord(
  mentions: Mention[],
  notes: MentionNote[],
  text: string,
): Map<string, { index: number; key: string }[]> {
  const out = new Map<string, { index: number; key: string }[]>();
  mentions.forEach((m, i) => {
    if (m.kind !== "organization" || m.via !== "name") return;
    const name = text.slice(m.start, m.end).toLowerCase();
    // most names hold none of the body words: no split to find that out
    if (!HOLDS_BODY_WORD.test(name)) return;
    for (const w of name.split(NON_LETTERS)) {
      if (!BODY_WORDS.has(w)) continue;
      const list = out.get(w) ?? [];
      list.push({ index: i, key: (notes[i] as MentionNote).key });
      out.set(w, list);
    }
  });
  return out;
}

const BODY_WORDS = new Set([
  "police",
  "government",
  "military",
  "army",
  "embassy",
  "consulate",
  "ministry",
  "regime",
  "opposition",
  "court",
]);
// whether a lower-case name holds any body word at all (a body word is a word of it only then)
const HOLDS_BODY_WORD = new RegExp([...BODY_WORDS].join("|"));

/**
 * The state a bare body's noun is qualified by elsewhere in the text, even
 * as a modifier: "two French police officers" ... "the police" is France's.
 * The nearest such demonym before the mention wins, else the first after it.
 */
function qualifiedBody(n: MentionNote, m: Mention, hints: CountryHint[], text: string): string | null {
  const body = ` ${n.bareBody}`;
  let before: string | null = null;
  let after: string | null = null;
  for (const h of hints) {
    if (!text.startsWith(body, h.end)) continue;
    if (h.start < m.start) before = h.code;
    else after ??= h.code;
  }
  return before ?? after;
}

function bareBodyKey(
  n: MentionNote,
  at: number,
  namedOrgs: Map<string, { index: number; key: string }[]>,
  dominant: string | null,
  governmentOpposed: boolean,
): string | null {
  const body = n.bareBody as string;
  const word = body.split(" ").pop() as string;
  // the named body this one stands for: "Northamptonshire Police" ... "police"
  // "the interior ministry" is no "Health Ministry" named before it: a modifier must be in the name
  const lead = body.includes(" ") ? body.split(" ")[0] : null;
  const holders = namedOrgs.get(word);
  const named = surnameOwner(lead ? holders?.filter((h) => h.key.includes(lead as string)) : holders, at);
  if (named) return named;
  // "police said" in a story that names no state: a body of its own, of no state, kept
  // only if an item names it (a body that means the state itself is none without one)
  if (!dominant) {
    // "authorities said" where no state is named: the officials still speak as one, a group of
    // their own kept only if an item names it ("the government" there stays no one)
    if (officialNouns.has(body)) {
      n.tentative = true;
      return `group:${body}`;
    }
    if (countryBodies.has(body) || stateOnlyBodies.has(body)) return null;
    n.tentative = true;
    return `org:${body}`;
  }
  // a ministry the story never names is a guess kept only if an item names it
  if (word === "ministry") n.tentative = true;
  // "the government", "the regime": a body that means the state itself is the country (as
  // "the Filipino government" is), unless the story sets people against their government
  // ("anti-government protests"): then the government is a party of its own
  if (countryBodies.has(body) && !(body === "government" && governmentOpposed)) return `country:${dominant}`;
  return stateBodyKey(n, dominant, body);
}

/** The body `body` of the state `code` ("Peruvian police"): its name and affiliation set on the note, its key returned. */
function stateBodyKey(n: MentionNote, code: string, body: string): string {
  const c = countryByCode.get(code);
  // "Hong Kong police", not "Hong Konger police": a demonym for the people ("-er") gives way to the name
  const demonym = c?.demonym && c.demonym !== `${c.name}er` ? c.demonym : (c?.name ?? code);
  n.name = `${demonym} ${body}`;
  n.affiliation = `country:${code}`;
  return `org:${code}:${body}`;
}

/**
 * The state whose government a bare "the government" is: the one whose own
 * officials and bodies the story names most, by its name or demonym
 * qualifying them ("the Hong Kong government", "Hong Kong's extradition law",
 * "Norway's police", "Danish officials"), not the state named most: a story
 * set in a territory with its own government names its sovereign often but
 * the territory's bodies more, and a story about one country that names
 * another's government once names its own officials more. Between states
 * named as often, the nearest "<state> government" before the mention; else
 * no answer (the caller falls back on the qualified body, then the most-named state).
 */
function governedState(
  mentions: Mention[],
  notes: MentionNote[],
  hints: CountryHint[],
  text: string,
  at: number,
): string | null {
  const start = (mentions[at] as Mention).start;
  const count = new Map<string, number>();
  let nearest: string | null = null;
  let nearestAt = -1;
  const see = (code: string | null | undefined, end: number, from: number) => {
    if (!code) return;
    const word = officialWord(text, end);
    if (!word) return;
    count.set(code, (count.get(code) ?? 0) + 1);
    if (word === "government" && from < start && from > nearestAt) {
      nearest = code;
      nearestAt = from;
    }
  };
  mentions.forEach((m, j) => {
    if (m.kind === "country" && m.via === "name") see((notes[j] as MentionNote).code, m.end, m.start);
  });
  for (const h of hints) see(h.code, h.end, h.start);
  let best: string | null = null;
  let most = 0;
  let tie = false;
  for (const [code, c] of count)
    if (c > most) {
      best = code;
      most = c;
      tie = false;
    } else if (c === most) tie = true;
  if (!tie) return best;
  return nearest && count.get(nearest) === most ? nearest : null;
}

/**
 * The official or body word a state's name or demonym qualifies, if any:
 * the first or second word after it, past a possessive "'s"
 * ("Hong Kong's principal police complex", "the Chinese government").
 */
function officialWord(text: string, end: number): string | null {
  let k = end;
  if (text.startsWith("'s", k) || text.startsWith("\u2019s", k)) k += 2;
  for (let w = 0; w < 2; w++) {
    if (text[k] !== " ") return null;
    k++;
    let e = k;
    while (e < text.length && e - k < 14 && isLetter(text.charCodeAt(e))) e++;
    const word = text.slice(k, e).toLowerCase();
    if (OFFICIAL_WORDS.has(word)) return word;
    k = e;
  }
  return null;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const OFFICIAL_WORDS = new Set(stateOfficials.words);

// "anti-government protests": people set against their government, which is then a party of its own
const OPPOSED_GOVERNMENT = /\banti-government\b/i;

const FIRM_SUFFIXES = new Set(referenceNouns.firmSuffixes);

/**
 * The actor a definite description stands for: the nearest organization or
 * outlet named before it that fits its noun. "The network" fits an outlet or
 * a firm, "the company" a firm (a name ending in "Corporation", "Airlines",
 * ...), "the commission" a body whose name holds "Commission". A state's body
 * named by a common noun ("org:PHL:government") fits none. When another
 * actor that fits is named just before the nearest one ("the party" after
 * two parties), the description is ambiguous. None or ambiguous: no actor.
 */
function definiteReferent(
  n: MentionNote,
  at: number,
  mentions: Mention[],
  keys: (string | null | undefined)[],
  wordsOf: string[][],
  firms: Set<string>,
): string | null {
  const head = n.refHead as string;
  let found: string | null = null;
  let foundAt = -1;
  let kind: Mention["kind"] = "organization";
  for (let j = at - 1; j >= 0; j--) {
    const m = mentions[j] as Mention;
    if (found && m.end < foundAt - AMBIGUITY_SPAN) break;
    const k = keys[j];
    if (!k || k === found || m.via !== "name" || (m.kind !== "organization" && m.kind !== "media")) continue;
    if (/^org:[A-Z]{3}:/.test(k)) continue;
    const ws = wordsOf[j] as string[];
    const firm = FIRM_SUFFIXES.has(ws[ws.length - 1] as string) || firms.has(k);
    const fits =
      n.refFit === "outlet"
        ? m.kind === "media" || firm
        : n.refFit === "firm"
          ? firm
          : ws.some((w) => w.toLowerCase() === head);
    if (!fits) continue;
    if (found) return null;
    found = k;
    foundAt = m.start;
    kind = m.kind;
  }
  if (found) (mentions[at] as Mention).kind = kind;
  return found;
}

/**
 * "The ministry said": a ministry no name before it fits is the one a bare description named
 * just before ("the interior ministry ... the ministry"), else, when the story names no
 * ministry at all, an unnamed ministry of the state it names more than any other (none when
 * two states tie), kept only if an item names it.
 */
function unnamedMinistry(
  n: MentionNote,
  at: number,
  mentions: Mention[],
  notes: MentionNote[],
  keys: (string | null | undefined)[],
  dominant: string | null,
): string | null {
  if (n.refHead !== "ministry") return null;
  for (let j = at - 1; j >= 0; j--) {
    const m = mentions[j] as Mention;
    if (m.kind !== "organization" || !/ministry/i.test(notes[j]?.name ?? "")) continue;
    // a named ministry the reference did not fit, or two that make it ambiguous: no guess
    if (m.via === "name") return null;
    const body = notes[j] as MentionNote;
    if (!body.bareBody?.endsWith("ministry")) continue;
    // a guess the earlier mention is, this one is too
    if (body.tentative) n.tentative = true;
    return keys[j] ?? null;
  }
  if (!dominant) return null;
  n.tentative = true;
  return stateBodyKey(n, dominant, "ministry");
}

/** Keys of the actors some name mention of which ends in a firm's suffix ("ABS-CBN Corporation"). */
function firmKeys(mentions: Mention[], notes: MentionNote[], wordsOf: string[][]): Set<string> {
  const out = new Set<string>();
  notes.forEach((n, j) => {
    const ws = wordsOf[j];
    if (ws && (mentions[j] as Mention).via === "name" && FIRM_SUFFIXES.has(ws[ws.length - 1] as string)) out.add(n.key);
  });
  return out;
}

// How far before the nearest fitting actor another one makes a description ambiguous (characters).
const AMBIGUITY_SPAN = 300;
