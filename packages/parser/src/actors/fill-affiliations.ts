import type { Doc } from "../doc.js";
import {
  countryByCode,
  gazetteer,
  memberOf,
  partyAdjectives,
  partyInitials,
  stateBodies,
  stateOffices,
  titleHeads,
  titleModifiers,
} from "../entities/lexicon.js";
import type { MentionNote } from "../entities/mention-note.js";
import { firstStartingAt } from "../first-starting-at.js";
import type { Actor, Mention } from "../model.js";
import { type ActorTable, addAlias } from "./actor-table.js";
import { dominantCountry } from "./resolve-names.js";
import type { PersonFacts } from "./resolve-references.js";
import { sentenceAt } from "./sentence-index.js";

/**
 * Sets each actor's affiliation: what its own words say ("Russian President",
 * "Ministry ... of Germany", "Mahan's director"), else, for people and
 * unlisted organizations, the country named nearest to it in its sentence
 * (or the one before), and for a state's body named bare ("Parliament") the
 * country the article names most. A state or body that appears only as an affiliation
 * becomes an actor too.
 */
export function fillAffiliations(
  doc: Doc,
  table: ActorTable,
  keys: (string | null | undefined)[],
  facts: PersonFacts,
  starts: number[],
): void {
  const notes = doc.entities?.notes ?? [];
  const { mentions } = doc;
  // a note's own key → the key it resolved to ("org:mahan" → "org:mahan air", "body:police" → "org:SRB:police")
  const resolved = new Map<string, string>();
  notes.forEach((n, i) => {
    const k = keys[i];
    if (k && !resolved.has(n.key)) resolved.set(n.key, k);
  });
  const stated = new Map<string, string>();
  notes.forEach((n, i) => {
    const k = keys[i];
    if (!k || k === "" || stated.has(k)) return;
    const m = mentions[i] as Mention;
    const aff =
      m.kind === "person" && k.startsWith("person:")
        ? (facts.affiliation.get(k) ?? n.affiliation)
        : k === n.key || m.via === "name" || n.bareBody
          ? n.affiliation
          : null;
    if (aff) stated.set(k, aff);
  });
  // where each key is first named (a few times: a headline mention may have no country near it)
  const firstAt = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const k = keys[i];
    if (!k || m.via === "pronoun") return;
    const at = firstAt.get(k);
    if (!at) firstAt.set(k, [m.start]);
    else if (at.length < NAMED_TIMES && m.via === "name") at.push(m.start);
  });

  const affiliationOf = (key: string, depth = 0): Actor | null => {
    const own = stated.get(key);
    if (!own || depth > 3) return null;
    const target = resolved.get(own) ?? own;
    if (target.startsWith("person:")) {
      const person = table.get(target);
      return person ? (affiliationOf(target, depth + 1) ?? nearest(target)) : null;
    }
    return actorFor(target);
  };
  const actorFor = (key: string): Actor | null => {
    const found = table.get(key);
    if (found) return found;
    if (!key.startsWith("country:")) return null;
    const code = key.slice(8);
    const country = countryByCode.get(code);
    const actor = table.ensure(key, "country", country?.name ?? code, code);
    const hint = firstHint.get(code);
    addAlias(actor, hint ? doc.text.slice(hint.start, hint.end) : actor.name);
    return actor;
  };
  const places: Place[] = [];
  mentions.forEach((m, i) => {
    const n = notes[i] as MentionNote;
    if (m.kind === "country" && n.code && !isTarget(doc.text, m.start))
      places.push({
        start: m.start,
        code: n.code,
        strong: !n.prefix && !beforeTitle(doc.text, m.end) && !leads(doc.text, m.end),
      });
  });
  for (const h of doc.entities?.hints ?? [])
    if (!h.used && !isTarget(doc.text, h.start) && !qualifiesThing(doc.text, h.end))
      places.push({ start: h.start, code: h.code, strong: !beforeTitle(doc.text, h.end) && !leads(doc.text, h.end) });
  places.sort((a, b) => a.start - b.start);
  const firstHint = new Map<string, { start: number; end: number }>();
  for (const h of doc.entities?.hints ?? []) if (!firstHint.has(h.code)) firstHint.set(h.code, h);
  const nearest = (key: string): Actor | null => {
    for (const at of firstAt.get(key) ?? []) {
      const code = nearestCountry(places, starts, at, doc.text.length);
      if (code) return actorFor(`country:${code}`);
    }
    return null;
  };

  const owners = possessiveOwners(doc.text, mentions, keys, table);
  const tagged = taggedParties(doc.text, mentions, keys);
  // the organizations and outlets, listed once when a title or a group first asks
  let bodies: Actor[] | undefined;
  let dominant: string | undefined;
  let clear: string | undefined;
  let bodyState: string | undefined;
  for (const [key, actor] of [...table.byKey]) {
    if (actor.affiliation || actor.kind === "country" || actor.kind === "location") continue;
    if (!key.startsWith("person:") && !key.startsWith("org:") && !key.startsWith("group:")) continue;
    // "the National Telecommunications Commission", "the Saudi Press Agency" (a news agency no
    // list holds): a national body belongs to the state the article is clearly about
    if (!actor.affiliation && isNationalBody(actor) && !stated.has(key)) {
      clear ??= dominantCountry(mentions, notes, doc.entities?.hints, 2) ?? "";
      if (clear) actor.affiliation = actorFor(`country:${clear}`)?.id ?? null;
      if (actor.kind === "media" || actor.affiliation) continue;
    }
    if (actor.kind === "media") {
      // "CNN": a national outlet is its country's, when that country takes part in the story
      const own = stated.get(key);
      const found = own ? table.get(resolved.get(own) ?? own) : undefined;
      if (found && found !== actor) actor.affiliation = found.id;
      continue;
    }
    let aff = affiliationOf(key);
    // "U.S. Democratic presidential candidate Jo Roe": a party the title names, when the article
    // names that party itself, is whom its member acts for rather than the country; a body that
    // opens the title still comes first ("Republican National Committee chairman")
    if (key.startsWith("person:") && (!aff || aff.kind === "country")) {
      const party = titledParty(table, actor.title) ?? titledParty(table, tagged.get(key));
      if (party) {
        bodies ??= bodiesOf(table);
        aff = (actor.title ? titleBody(bodies, actor.title) : null) ?? party;
      }
    }
    // "A number of Senators": members of a body the article names belong to it
    if (!aff && key.startsWith("group:")) {
      bodies ??= bodiesOf(table);
      aff = bodyOfMembers(bodies, actor.name);
    }
    // "BBC's Jonathan Marcus": a named body owning a person's name is theirs
    if (!aff && key.startsWith("person:")) aff = owners.get(key) ?? null;
    // "ABS-CBN CEO Carlo Katigbak": a title that opens with a body's name is held in that body
    if (!aff && key.startsWith("person:") && actor.title) {
      bodies ??= bodiesOf(table);
      aff = titleBody(bodies, actor.title);
    }
    // "Representative Eliot Engel", "a Senator": a member's title names the body they sit in, when the article names it
    if (!aff && key.startsWith("person:") && actor.title) {
      bodies ??= bodiesOf(table);
      aff = memberBody(bodies, actor.title);
    }
    // (not a person the story leaves unnamed: "a man was arrested in Gdansk, Poland" says where, not whose)
    if (
      !aff &&
      ((key.startsWith("person:") && !key.startsWith("person:unnamed:")) || (key.startsWith("org:") && !listed(actor)))
    )
      aff = nearest(key);
    // "Solicitor General Jose Calida": a state office no country qualifies is the state the
    // article is clearly about (named at least twice more often than any other), else no one's
    if (!aff && key.startsWith("person:") && actor.title && isStateOffice(actor.title)) {
      clear ??= dominantCountry(mentions, notes, doc.entities?.hints, 2) ?? "";
      // "President Trump" in a story about the House and the Justice Department: the state
      // whose named bodies the story is about, when the names of countries leave it open
      bodyState ??= stateOfBodies(mentions, notes, keys) ?? "";
      const state = clear || bodyState;
      if (state) aff = actorFor(`country:${state}`);
    }
    // "Parliament approved ...", "the Cabinet": a state's body named bare belongs to the article's country
    if (!aff && key.startsWith("org:") && stateBodies.has(actor.name.toLowerCase())) {
      dominant ??= dominantCountry(mentions, notes) ?? "";
      if (dominant) aff = actorFor(`country:${dominant}`);
    }
    if (aff && aff !== actor) actor.affiliation = aff.id;
  }
}

/**
 * The country whose named bodies the story is about: the one that two or more distinct
 * named organizations belong to, at least twice as many as belong to any other.
 */
export function stateOfBodies(
  mentions: Mention[],
  notes: MentionNote[],
  keys: readonly (string | null | undefined)[],
): string | null {
  const bodies = new Map<string, Set<string>>();
  notes.forEach((n, i) => {
    const m = mentions[i] as Mention;
    const k = keys[i];
    if (m.kind !== "organization" || m.via !== "name" || !k || !n.affiliation?.startsWith("country:")) return;
    const code = n.affiliation.slice(8);
    const set = bodies.get(code) ?? new Set<string>();
    set.add(k);
    bodies.set(code, set);
  });
  let best: string | null = null;
  let most = 0;
  let second = 0;
  for (const [code, set] of bodies)
    if (set.size > most) {
      second = most;
      most = set.size;
      best = code;
    } else if (set.size > second) second = set.size;
  return most >= 2 && most >= 2 * second ? best : null;
}

// How many of a name's first mentions may set the scene for its country.
const NAMED_TIMES = 3;

/** Person key → the party adjective of a party-and-state tag right after one of their names ("(R-Texas)"). */
function taggedParties(text: string, mentions: Mention[], keys: (string | null | undefined)[]): Map<string, string> {
  const out = new Map<string, string>();
  mentions.forEach((m, i) => {
    const k = keys[i];
    if (m.kind !== "person" || m.via !== "name" || !k?.startsWith("person:") || out.has(k)) return;
    const tag = PARTY_TAG_AFTER.exec(text.slice(m.end, m.end + 6));
    const party = tag ? partyInitials.get(tag[1] as string) : undefined;
    if (party) out.set(k, party);
  });
  return out;
}

// " (R-Texas)", ", D-N.Y.": a party's initial and a hyphen before a state's capital, right after a name
const PARTY_TAG_AFTER = /^(?: \(|, )([A-Z])-\p{Lu}/u;

/** The party a title's party adjective names ("Democratic nominee" → "Democratic Party"), if the article names it. */
function titledParty(table: ActorTable, title: string | null | undefined): Actor | null {
  if (!title) return null;
  for (const w of title.split(/\s+/)) {
    if (!partyAdjectives.has(w)) continue;
    const name = `${w} Party`;
    return table.list().find((a) => a.kind === "organization" && a.name === name) ?? null;
  }
  return null;
}

/** The body a group's members sit in, when the article names it ("senators" → "Senate of Kenya"). */
function bodyOfMembers(bodies: Actor[], name: string): Actor | null {
  const body = memberOf.get(name.toLowerCase());
  if (!body) return null;
  for (const a of bodies)
    if (a.kind === "organization" && (a.name === body || a.name.startsWith(`${body} `) || a.name.endsWith(` ${body}`)))
      return a;
  return null;
}

/** The body a title's member word sits in ("Representatives" → "House of Representatives"), if the article names it. */
function memberBody(bodies: Actor[], title: string): Actor | null {
  for (const w of title.toLowerCase().split(" ")) {
    const body = memberOf.has(w) ? w : memberOf.has(`${w}s`) ? `${w}s` : null;
    if (body) return bodyOfMembers(bodies, body);
  }
  return null;
}

/** Person key → the organization or outlet whose possessive stands right before one of their names. */
function possessiveOwners(
  text: string,
  mentions: Mention[],
  keys: (string | null | undefined)[],
  table: ActorTable,
): Map<string, Actor> {
  const out = new Map<string, Actor>();
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const k = keys[i];
    if (m.kind !== "person" || m.via !== "name" || !k || out.has(k)) continue;
    const p = mentions[i - 1] as Mention;
    if (p.kind !== "organization" && p.kind !== "media") continue;
    const between = text.slice(p.end, m.start);
    if (between !== "'s " && between !== "’s ") continue;
    const owner = table.get(keys[i - 1] ?? "");
    if (owner) out.set(k, owner);
  }
  return out;
}

/** The organization or outlet whose name opens a title ("ABS-CBN CEO"), if the article names one. */
function bodiesOf(table: ActorTable): Actor[] {
  return table.list().filter((a) => a.kind === "organization" || a.kind === "media");
}

function titleBody(bodies: Actor[], title: string): Actor | null {
  let best: Actor | null = null;
  let bestLength = 0;
  // (each body's name, then its aliases, without building a list or a string per name)
  const heads = (name: string) =>
    name.length > bestLength &&
    name.length > 1 &&
    ((title.charCodeAt(name.length) === 32 && title.startsWith(name)) || headsRole(title, name));
  for (const a of bodies) {
    if (heads(a.name)) {
      best = a;
      bestLength = a.name.length;
    }
    for (const name of a.aliases)
      if (heads(name)) {
        best = a;
        bestLength = name.length;
      }
  }
  return best;
}

// "El Paso's police chief": a body's name inside a title, right before the title's head word.
function headsRole(title: string, name: string): boolean {
  if (name.length < 4) return false;
  const at = title.indexOf(` ${name} `);
  if (at < 0) return false;
  const head =
    title
      .slice(at + name.length + 2)
      .split(" ")[0]
      ?.toLowerCase() ?? "";
  return titleHeads.has(head);
}

// A body the gazetteer does not list whose name says it is a nation's: "National ...", "... News Agency".
function isNationalBody(actor: Actor): boolean {
  if (gazetteer.has(actor.name)) return false;
  if (actor.kind === "organization") return actor.name.startsWith("National ");
  return actor.kind === "media" && actor.name.endsWith(" Agency");
}

function isStateOffice(title: string): boolean {
  const ws = title.toLowerCase().split(/\s+/);
  for (let i = 0; i < ws.length; i++)
    if (stateOffices.has(ws[i] as string) || stateOffices.has(`${ws[i]} ${ws[i + 1] ?? ""}`)) return true;
  return false;
}

// A country right after one of these is where an action goes or what it acts
// on ("flights to Cuba", "strikes on Yemen"), or what something is set
// against ("cities other than Havana"), not whose the names near it are.
const TARGET_WORDS = new Set(["to", "on", "into", "toward", "towards", "than"]);
const ARTICLE = "the ";

function isTarget(text: string, start: number): boolean {
  let before = text.slice(Math.max(0, start - 16), start).toLowerCase();
  if (before.endsWith(ARTICLE)) before = before.slice(0, -ARTICLE.length);
  if (!before.endsWith(" ")) return false;
  const words = before.split(/[^a-z]+/);
  words.pop();
  return TARGET_WORDS.has(words.pop() ?? "");
}

/**
 * A nationality word before a common noun ("Cuban operations", "the Ukrainian
 * government to ...") describes that thing, not the people named near it.
 * It still places a name that is that noun ("Iranian airline Mahan Air",
 * "German firms including Siemens") or follows a title ("Ukrainian prosecutor").
 * A closing bracket after the nationality word is skipped ("[the Turkish] aggression").
 */
function qualifiesThing(text: string, end: number): boolean {
  const m = /^[\])]? ([a-z-]+)(?: ([a-z-]+))?( ?)/.exec(text.slice(end, end + 48));
  if (!m) return false;
  const word = m[1] as string;
  if (titleHeads.has(word) || titleModifiers.has(word)) return false;
  if (m[2] && !LISTING_WORDS.has(m[2])) return true;
  const next = text.charCodeAt(end + m[0].length);
  return !(m[3] === " " && next >= 65 && next <= 90);
}

// "US president Donald Trump": the country qualifies that title's holder, not the names around.
function beforeTitle(text: string, end: number): boolean {
  const m = /^ ([A-Za-z-]+)/.exec(text.slice(end, end + 32));
  return titleHeads.has(m ? (m[1] as string).toLowerCase() : "");
}

// "a U.S.-led coalition ousted Saddam Hussein": the country qualifies the coalition, not its foes.
function leads(text: string, end: number): boolean {
  return text.startsWith("-led ", end) || text.startsWith("-backed ", end);
}

// "German firms including Siemens": the names listed after these are the noun's own.
const LISTING_WORDS = new Set(["including", "like", "named", "called"]);

// International bodies in the gazetteer belong to no one state.
export function listed(actor: Actor): boolean {
  const e = gazetteer.get(actor.name);
  return e?.type === "org" && !e.country;
}

interface Place {
  start: number;
  code: string;
  /** Named for itself, not to qualify another name. */
  strong: boolean;
}

/**
 * The country that sets the scene for a name at `offset`: the nearest one named
 * before it in its sentence (standing alone, else qualifying another name, as
 * "US" in "US Secretary ... wrote to Elaine Chao"), else in the sentence before,
 * else after it in its sentence, else qualifying a name in the sentence before.
 * Countries that are an action's destination or object ("flights to Cuba") are
 * left out before this (see isTarget).
 */
function nearestCountry(places: Place[], starts: number[], offset: number, length: number): string | null {
  const s = sentenceAt(starts, offset);
  const from = starts[s] ?? 0;
  const to = starts[s + 1] ?? length;
  const prevFrom = s > 0 ? (starts[s - 1] ?? 0) : from;
  // the windows in turn: this sentence before the offset (strong places, then any), the
  // sentence before (strong), the rest of this one (strong), the sentence before (any)
  return (
    nearestIn(places, from, offset, true, offset) ??
    nearestIn(places, from, offset, false, offset) ??
    nearestIn(places, prevFrom, from, true, offset) ??
    nearestIn(places, offset, to, true, offset) ??
    nearestIn(places, prevFrom, from, false, offset)
  );
}

// The code of the place in [a, b) nearest the offset (the first of equals), or null.
function nearestIn(places: Place[], a: number, b: number, strongOnly: boolean, offset: number): string | null {
  let best: string | null = null;
  let dist = Number.POSITIVE_INFINITY;
  for (let k = firstStartingAt(places, a); k < places.length; k++) {
    const p = places[k] as Place;
    if (p.start >= b) break;
    if (strongOnly && !p.strong) continue;
    const d = Math.abs(p.start - offset);
    if (d < dist) {
      dist = d;
      best = p.code;
    }
  }
  return best || null;
}
