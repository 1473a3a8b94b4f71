import { firstStartingAt } from "../first-starting-at.js";
import { bareOppositionBody } from "./bare-opposition.js";
import { findChamberParties } from "./chamber-parties.js";
import { countryNote, slug } from "./classify-run.js";
import { findFaithGroups } from "./faith-groups.js";
import { findAddressedGroups } from "./find-addressed-groups.js";
import { findDefiniteReferences } from "./find-definite-references.js";
import { findDescribedCollectives } from "./find-described-collectives.js";
import { findUnnamedPersons } from "./find-unnamed-persons.js";
import { findUnnamedSources } from "./find-unnamed-sources.js";
import { groupKey, groupName, joinBareHeads, qualifyGroup } from "./group-qualifiers.js";
import {
  addresseeNouns,
  bareBodies,
  bodyModifiedNouns,
  collectives,
  commonWordSet,
  countedActs,
  countedNouns,
  countLeads,
  countryBodies,
  countryByCode,
  countryNouns,
  crowdNouns,
  federalSeats,
  gazetteer,
  genericGroups,
  groupActedOn,
  groupModifiers,
  groupNounSet,
  groupQualifierWords,
  harmingActs,
  officialNouns,
  officialSectors,
  passiveAuxiliaries,
  portfolioWords,
  pronounGender,
  regionAdjectives,
  roleClass,
  SUBORDINATE_WORDS,
  speakerNouns,
  stateBodies,
  stateGroups,
  stateMedia,
  titleHeads,
  titleModifiers,
  violentParticles,
} from "./lexicon.js";
import type { MentionNote } from "./mention-note.js";
import type { Piece, Scan } from "./scan.js";
import { speakingVerbFrom } from "./speaking-verb-after.js";
import { BODY_FIRST, GROUP_FIRST, HEAD_FIRST, PRONOUN, THE } from "./trigger-words.js";

const ATTRIBUTIVE = new Set([
  "base",
  "bases",
  "officer",
  "officers",
  "personnel",
  "vehicle",
  "vehicles",
  "aircraft",
  "equipment",
  "budget",
  "spending",
  "exercise",
  "exercises",
  "drills",
  "academy",
  "station",
  "stations",
  "headquarters",
  "unit",
  "units",
  "checkpoint",
  "checkpoints",
  "camp",
  "camps",
  "hardware",
  "contractor",
  "contractors",
  "chief",
  "chiefs",
  "buildings",
  "building",
  "compound",
  "car",
  "cars",
  "records",
  "data",
  "figures",
  "statistics",
]);

// Title words that, before a noun, still name a person ("chief negotiator", "deputy administrator").
const PERSON_MODIFIERS = new Set(["chief", "deputy"]);
const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]);
const FEMALE_ROLES = /(woman|ess)$|^(queen|princess|empress)$/;
const MALE_ROLES = /(man)$|^(king|prince|emperor)$/;

/**
 * Index of the piece that covers each token, or -1 (the last piece added wins). The passes
 * below only add pieces, so each call brings the previous call's table up to date with the
 * pieces added since instead of building it anew; a pass's table is good until the next
 * pass asks for one.
 */
const indexes = new WeakMap<Scan, { at: Int32Array; pieces: number }>();
function pieceIndex(scan: Scan): Int32Array {
  let index = indexes.get(scan);
  if (!index) {
    index = { at: new Int32Array(scan.tokens.length).fill(-1), pieces: 0 };
    indexes.set(scan, index);
  }
  const { at } = index;
  const { pieces } = scan;
  for (let i = index.pieces; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    at.fill(i, p.first, p.last + 1);
  }
  index.pieces = pieces.length;
  return at;
}

/**
 * The demonym that ends at token k ("Russian", "North Korean", "South Sudanese"): the country it
 * names and its first token. A demonym of several words is read whole, or "the North Korean
 * regime" would be the regime of the state its last word alone names.
 */
function demonymAt(scan: Scan, k: number): { code: string; first: number } | null {
  const t = scan.tokens[k];
  if (!t?.cap) return null;
  for (let f = Math.max(0, k - 2); f < k; f++) {
    const hit = scan.tokens[f]?.cap ? scan.gazetteerAt(f, k) : null;
    if (hit?.last === k && hit.entry.type === "demonym") return { code: hit.entry.code, first: f };
  }
  const e = gazetteer.get(t.text);
  return e?.type === "demonym" ? { code: e.code, first: k } : null;
}

/**
 * The mentions that are not proper names: national bodies named by common
 * nouns ("the Russian foreign ministry", "German officials"), role
 * descriptions ("the senior diplomat", "Russia's top envoy in Washington")
 * and the titles they give the names they stand beside, collectives
 * ("the West"), and personal pronouns.
 */
export function findDescriptions(scan: Scan): void {
  findBodies(scan);
  findGroups(scan);
  findFaithGroups(scan);
  findChamberParties(scan, pieceIndex(scan));
  findCountedGroups(scan);
  findAddressedGroups(scan, pieceIndex(scan));
  findRoles(scan);
  findUnnamedSources(scan, pieceIndex(scan));
  findDescribedCollectives(scan);
  findUnnamedPersons(scan);
  findCollectivesAndPronouns(scan);
  findDefiniteReferences(scan);
  joinBareHeads(scan);
}

// "[Demonym | Country | Country's] body" → that state's body; a bare body ("the police") is tied later.
function findBodies(scan: Scan): void {
  const { tokens } = scan;
  const at = pieceIndex(scan);
  for (let k = 0; k < tokens.length; k++) {
    // first words of the body phrases (trigger-words.ts): every other token is skipped at once
    if (!scan.triggered(k, BODY_FIRST)) continue;
    const t = tokens[k];
    if (!t || t.kind !== "word" || scan.named[k] || scan.headline[k]) continue;
    let body: string | null = null;
    let end = k;
    for (let len = 4; len >= 1 && !body; len--) {
      if (k + len - 1 >= tokens.length) continue;
      let phrase = scan.lower(k);
      for (let m = 1; m < len; m++) phrase += ` ${scan.lower(k + m)}`;
      const b = stateBodies.get(phrase) ?? (countryBodies.has(phrase) ? phrase : undefined);
      if (b && !scan.named[k + len - 1]) {
        body = b;
        end = k + len - 1;
      }
    }
    if (!body) continue;
    // "Iraqi military bases", "police officers": the body's noun only modifies another
    if (ATTRIBUTIVE.has(scan.lower(end + 1)) || bodyModifiedNouns.has(scan.lower(end + 1))) continue;
    // the qualifier: a demonym, a country's name, or a country's possessive
    let code: string | null = null;
    let first = k;
    let q = k - 1;
    // "the Indonesian National Police", "Iraqi Federal Police": a level word between the state and its body
    if (LEVEL_WORDS.has(scan.lower(q)) && tokens[q]?.cap && demonymAt(scan, q - 1)) q--;
    const dem = demonymAt(scan, q);
    if (dem) {
      code = dem.code;
      first = dem.first;
      markHintUsed(scan, tokens[dem.first]?.start);
    } else {
      const p = at[tokens[q]?.kind === "possessive" ? q - 1 : q] ?? -1;
      const piece = p >= 0 ? scan.pieces[p] : undefined;
      if (piece && piece.kind === "country") {
        code = piece.note.code ?? null;
        first = piece.first;
      } else if (piece?.kind === "location" && piece.note.code && !countryBodies.has(body) && q === piece.last) {
        // "Northamptonshire police": a place's own body, in the place's state
        const name = `${piece.note.name} ${body}`;
        const note: MentionNote = { key: `org:${slug(name)}`, name, affiliation: `country:${piece.note.code}` };
        scan.add({
          start: tokens[piece.first]?.start ?? 0,
          end: tokens[end]?.end ?? 0,
          first: piece.first,
          last: end,
          kind: "organization",
          via: "name",
          note,
        });
        k = end;
        continue;
      }
    }
    // "the ministry of internal affairs of Belarus": the state after the body
    if (!code && scan.lower(end + 1) === "of") {
      const m = scan.lower(end + 2) === "the" ? end + 3 : end + 2;
      const piece = scan.pieces[at[m] ?? -1];
      if (piece?.kind === "country" && piece.first === m && piece.note.code) {
        code = piece.note.code;
        end = piece.last;
        piece.note.prefix = true;
      }
    }
    // "Russian opposition leader Alexei Navalny": a modifier of a title, not the body
    // ("Israel's security minister", "a former Israeli security official": a portfolio before a title)
    if (
      (body === "opposition" || (end === k && portfolioWords.has(scan.lower(k)))) &&
      titleHeads.has(scan.lower(end + 1))
    )
      continue;
    // "expressed opposition to the plan": the stance, not the parties against the government
    if (body === "opposition" && scan.lower(end + 1) === "to") continue;
    // "a German government source" speaks for the state
    if (countryBodies.has(body) && /^sources?$/.test(scan.lower(end + 1))) end++;
    const start = tokens[first]?.start ?? 0;
    const stop = tokens[end]?.end ?? 0;
    if (code) {
      const demonym = countryByCode.get(code)?.demonym ?? code;
      if (countryBodies.has(body)) {
        scan.add({ start, end: stop, first, last: end, kind: "country", via: "description", note: countryNote(code) });
      } else {
        const name = scan.slice(first, end);
        const note: MentionNote = {
          key: `org:${code}:${body}`,
          name: /^[A-Z]/.test(name) ? name : `${demonym} ${body}`,
          affiliation: `country:${code}`,
        };
        const kind = stateMedia.has(body) ? "media" : "organization";
        scan.add({ start, end: stop, first, last: end, kind, via: "description", note });
      }
      k = end;
      continue;
    }
    // "according to state media": a state's outlets, named without the state, are the article's state's
    const media = stateMedia.has(body);
    if (!bareBodies.has(body) && !media) continue;
    const prev = scan.lower(k - 1);
    // "former prosecutors said": people who held the office once, not the office; a group of their own
    if (groupQualifierWords.standing.has(prev)) continue;
    if (prev !== "the" && body !== "police" && body !== "opposition" && body !== "prosecutors" && !media) continue;
    // "opposition leader Alexei Navalny": a modifier of a title, not the body
    if (body === "opposition" && titleHeads.has(scan.lower(end + 1))) continue;
    if (body === "opposition" && !bareOppositionBody(scan, k)) continue;
    const kind = body === "regime" ? "country" : media ? "media" : "organization";
    const piece: Piece = {
      start: t.start,
      end: stop,
      first: k,
      last: end,
      kind,
      via: "description",
      note: { key: `body:${body}`, name: body, bareBody: body },
    };
    scan.add(piece);
    k = end;
  }
}

// Words naming a state body's level, between the state's demonym and the body ("Afghan National Army").
const LEVEL_WORDS = new Set(["national", "federal", "state", "central"]);

// Role descriptions: "[the|a|possessor] [demonym|country|org] [modifiers] role [to|in|of X]".
function findRoles(scan: Scan): void {
  const { tokens } = scan;
  const at = pieceIndex(scan);
  for (let k = 0; k < tokens.length; k++) {
    if (!scan.triggered(k, HEAD_FIRST)) continue;
    const t = tokens[k];
    if (!t || t.kind !== "word" || scan.headline[k] || (t.cap && scan.named[k])) continue;
    const w = scan.lower(k);
    let headEnd = -1;
    if (titleHeads.has(`${w} ${scan.lower(k + 1)}`)) headEnd = k + 1;
    else if (titleHeads.has(w) && !titleHeads.has(`${scan.lower(k - 1)} ${w}`)) headEnd = k;
    if (headEnd < 0 || scan.named[headEnd]) continue;
    // not a modifier of a following head: "press" in "press secretary" is handled at the head
    if (headEnd === k && leadsToHead(scan, k)) continue;
    // "the general election", "an executive order": a head that is also a modifier modifies the noun
    // after it ("deputy", "chief" before a noun still make a person: "a deputy administrator")
    if (headEnd === k && titleModifiers.has(w) && !PERSON_MODIFIERS.has(w) && modifiesNext(scan, k)) continue;
    if (tokens[headEnd + 1]?.kind === "possessive") continue;
    let role =
      roleClass.get(scan.slice(k, headEnd).toLowerCase()) ?? roleClass.get(scan.lower(headEnd)) ?? scan.lower(headEnd);
    // "the vice chairman", "the deputy governor": a lower office than the head word's (as rolesOf reads titles)
    if (SUBORDINATE_WORDS.has(scan.lower(headEnd - 1))) role = `sub:${role}`;

    let affiliation: string | null = null;
    let speaksFor: string | null = null;
    let possessor: Piece | null = null;
    let specified = false;
    let placed: string | null = null;
    let b = k;
    for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
      const tj = tokens[j];
      if (!tj) break;
      const lw = scan.lower(j);
      const p = at[j] ?? -1;
      if (tj.kind === "possessive") {
        const owner = at[j - 1] ?? -1;
        const op = owner >= 0 ? scan.pieces[owner] : undefined;
        if (op) {
          possessor = op;
          b = op.first;
        } else b = j - 1;
        specified = true;
        // "the county's": keep the determiner
        if (DETERMINERS.has(scan.lower(b - 1))) b--;
        break;
      }
      if (p >= 0) {
        const piece = scan.pieces[p] as Piece;
        if (piece.kind === "person") break;
        if (piece.kind === "organization" || piece.kind === "media") {
          speaksFor ??= piece.note.key;
          affiliation ??= piece.note.seatOf ?? piece.note.key;
        } else if (piece.kind === "country") affiliation ??= piece.note.key;
        else if (piece.kind === "location" && placeQualifies(scan, piece.first - 1)) {
          // "the Florida senator", "the former Texas governor": a state or city before the role
          // says where the office is held, inside the description (the place, not a person,
          // would otherwise be read as the one who speaks); it names no state to match
          placed = scan.slice(piece.first, piece.last);
          // a state that acts elsewhere in the story is still no speaker here: "the Florida senator"
          // is a person from it (a governor or attorney general is its own office: it acts)
          if (piece.note.actsAs && federalSeats.has(scan.lower(headEnd))) piece.note = { ...piece.note, actsAs: false };
          b = piece.first;
          j = piece.first;
          continue;
        } else break;
        specified = true;
        b = piece.first;
        j = piece.first;
        continue;
      }
      const dem = demonymAt(scan, j);
      if (dem) {
        affiliation ??= `country:${dem.code}`;
        specified = true;
        b = dem.first;
        j = dem.first;
        continue;
      }
      if ((titleModifiers.has(lw) || lw === "then") && !tj.cap) {
        b = j;
        continue;
      }
      // "the Democratic Speaker of the House": a party's or faith's adjective qualifies the title
      if (tj.cap && regionAdjectives.has(tj.text) && !scan.named[j]) {
        b = j;
        continue;
      }
      // "chair and spokesperson for The Greens": two roles of one person
      if (titleHeads.has(lw) && scan.lower(j + 1) === "and" && !tj.cap) {
        b = j;
        continue;
      }
      if (DETERMINERS.has(lw)) {
        specified = true;
        b = j;
      }
      break;
    }
    // "ambassador to the U.S.", "envoy in Washington", "President of Ukraine"
    let e = headEnd;
    const prep = scan.lower(e + 1);
    if (prep === "to" || prep === "in" || prep === "of" || prep === "for" || prep === "at") {
      let m = e + 2;
      if (scan.lower(m) === "the") m++;
      const p = at[m] ?? -1;
      let piece = p >= 0 ? scan.pieces[p] : undefined;
      // "head of Iran's Quds Force": the body the country owns is more precise than the country
      if (piece?.kind === "country" && piece.first === m && tokens[piece.last + 1]?.kind === "possessive") {
        const owned = scan.pieces[at[piece.last + 2] ?? -1];
        if (
          owned?.via === "name" &&
          owned.first === piece.last + 2 &&
          (owned.kind === "organization" || owned.kind === "media")
        ) {
          piece = owned;
          m = owned.first;
        }
      }
      if (
        piece &&
        piece.first === m &&
        (piece.kind === "country" || piece.kind === "organization" || piece.kind === "location")
      ) {
        e = piece.last;
        // "a UN rapporteur for the Office of the UN High Commissioner": the body named after the role
        // is more precise than a body before it; a state before it stays ("Russian envoy for talks")
        if ((prep === "of" || prep === "for") && piece.kind !== "location")
          affiliation =
            affiliation?.startsWith("country:") || !affiliation || piece.kind === "country"
              ? (affiliation ?? piece.note.key)
              : piece.note.key;
      }
    }
    if (possessor && !affiliation) {
      if (possessor.kind === "country" || possessor.kind === "organization") affiliation = possessor.note.key;
      else if (possessor.kind === "person") affiliation = `person:${possessor.note.key.slice(7)}`;
    }
    const descStart = DETERMINERS.has(scan.lower(b)) ? b + 1 : b;
    const title = scan.slice(descStart, e);
    // the title of a name beside it: "White House press secretary Jen Psaki", "Mahan's director, Hamid ..."
    let f = e + 1;
    if (tokens[f]?.text === ",") f++;
    const nextPiece = scan.pieces[at[f] ?? -1];
    if (nextPiece?.kind === "person" && nextPiece.first === f && nextPiece.via === "name") {
      giveTitle(nextPiece.note, title, affiliation);
      k = e;
      continue;
    }
    // an appositive after a name: "Hamid Khanooki, the airline's director,"
    if (tokens[b - 1]?.text === ",") {
      const prevPiece = scan.pieces[at[b - 2] ?? -1];
      if (prevPiece?.kind === "person" && prevPiece.last === b - 2) {
        giveTitle(prevPiece.note, title, affiliation);
        k = e;
        continue;
      }
    }
    if (!specified) continue;
    const gender = FEMALE_ROLES.test(scan.lower(headEnd)) ? "f" : MALE_ROLES.test(scan.lower(headEnd)) ? "m" : null;
    const start = tokens[b]?.start ?? 0;
    const note: MentionNote = {
      key: `desc:${start}`,
      name: title,
      title,
      role,
      affiliation,
      gender,
      speaksFor: role === "spokesperson" ? speaksFor : null,
      placed,
    };
    scan.add({ start, end: tokens[e]?.end ?? 0, first: b, last: e, kind: "person", via: "description", note });
    k = e;
  }
}

// The word before a place that qualifies a role after it: a determiner ("the Ohio governor") or a
// lower-case title modifier after one ("the former Florida governor"); not a preposition ("in Ohio").
function placeQualifies(scan: Scan, k: number): boolean {
  const w = scan.lower(k);
  return DETERMINERS.has(w) || (titleModifiers.has(w) && !scan.tokens[k]?.cap && DETERMINERS.has(scan.lower(k - 1)));
}

// "deputy" in "the deputy foreign minister": a head word that only modifies the head after it.
function leadsToHead(scan: Scan, k: number): boolean {
  for (let j = k + 1; j <= k + 3; j++) {
    const w = scan.lower(j);
    if (scan.named[j]) return false;
    if (titleHeads.has(w)) return true;
    if (!titleModifiers.has(w)) return false;
  }
  return false;
}

// The word after a head-or-modifier ("general", "executive") is a lower-case noun: no function
// word, verb form ("said", "warned", "says") or punctuation, which would leave the head a person.
function modifiesNext(scan: Scan, k: number): boolean {
  const t = scan.tokens[k + 1];
  if (!t || t.kind !== "word" || t.cap || scan.named[k + 1] || t.start > (scan.tokens[k]?.end ?? 0) + 1) return false;
  const w = scan.lower(k + 1);
  return !commonWordSet.has(w) && !acts(w) && !/[^su]s$/.test(w) && !w.endsWith("ing");
}

function giveTitle(note: MentionNote, title: string, affiliation: string | null): void {
  if (!note.title || note.title.length < title.length) note.title = title;
  if (affiliation && !note.affiliation) note.affiliation = affiliation;
}

// Words after a group's noun that show it doing something: "protesters clashed", "journalists were injured".
const ACTS = new Set([
  "was",
  "were",
  "is",
  "are",
  "have",
  "has",
  "had",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "did",
  "do",
  "also",
  "say",
  "said",
  "says",
  "told",
  "reportedly",
  "allegedly",
  "then",
  "still",
  "saying",
  "claiming",
  "insisting",
  "warning",
  "arguing",
  "demanding",
  "accusing",
  // irregular pasts of violent acts ("gunmen shot", "militants struck"): the -ed test misses them
  "shot",
  "shoot",
  "shoots",
  "kill",
  "kills",
  "struck",
  "fought",
]);
export const acts = (w: string) => ACTS.has(w) || (/^[a-z]+ed$/.test(w) && w.length > 4);

// Collectives that act: "The protesters clashed", "violent protesters were sent", "US troops",
// "officials said" (the article's state), "Russian diplomats" (that state).
function findGroups(scan: Scan): void {
  const { tokens } = scan;
  const at = pieceIndex(scan);
  // the groups that do not act where they are named wait: named again, they take part
  const waiting: Piece[] = [];
  const seen = new Map<string, number>();
  // waiting groups a possessive name opens ("Cruz's allies"): definite as "the allies" is
  const owned = new Set<Piece>();
  // the body is a function of its own: its closures capture k, and a loop variable closures capture
  // costs an allocation at every token, not only at the group nouns
  for (let k = 0; k < tokens.length; k++)
    if (scan.triggered(k, GROUP_FIRST)) k = groupAt(scan, k, at, waiting, seen, owned);
  // "the protesters" three times: a collective the story keeps coming back to is a participant
  for (const p of waiting)
    if ((seen.get(p.note.head ?? p.note.name) ?? 0) >= REPEATED && (definite(scan, p.first) || owned.has(p)))
      scan.add(p);
}

/**
 * The group named at token k, a group noun's first word: added, or kept in `waiting` until the
 * story names it again; the last token read, from which findGroups goes on.
 */
function groupAt(
  scan: Scan,
  k: number,
  at: Int32Array,
  waiting: Piece[],
  seen: Map<string, number>,
  owned: Set<Piece>,
): number {
  const { tokens } = scan;
  const t = tokens[k];
  // "Protesters have claimed": a group noun may open a sentence
  // "A number of Senators condemned": a capitalised group noun after a lower-case word, in no name
  const capOk = !t?.cap || t.sentStart || (tokens[k - 1]?.kind === "word" && !tokens[k - 1]?.cap);
  if (!t || t.kind !== "word" || !capOk || scan.named[k] || scan.headline[k]) return k;
  const w = scan.lower(k);
  const two = `${w} ${scan.lower(k + 1)}`;
  let end = k;
  let noun = w;
  if (groupNounSet.has(two) || countryNouns.has(two)) {
    end = k + 1;
    noun = two;
  } else if (!groupNounSet.has(noun) && !countryNouns.has(noun) && !speakerNouns.has(noun)) return k;
  if (scan.named[end]) return k;
  const modified = (from: number) => {
    let b = from;
    while (
      b > 0 &&
      b > from - 3 &&
      (groupModifiers.has(scan.lower(b - 1)) ||
        /^(anti|pro)-/.test(scan.lower(b - 1)) ||
        adjectival(scan, b - 1) ||
        // "student groups", "tech companies": a noun before a generic collective says which
        (b === k && genericGroups.has(noun) && nounModifier(scan, b - 1))) &&
      !scan.named[b - 1]
    )
      b--;
    return b;
  };
  let b = modified(k);
  // "religious groups", "tech companies": the modifiers that name which members a generic collective has
  let label = genericGroups.has(noun) ? designated(scan, b, k, noun) : noun;
  // "some Democratic strategists", "Podesta employees", "Sanders' voters": words that say which
  // group it is belong to its name (the quantifiers before them only to its span)
  const qualifier = qualifyGroup(scan, b, at, !officialNouns.has(noun));

  if (qualifier.words.length > 0) b = modified(qualifier.first);
  let code: string | null = null;
  const q = b - 1;
  const dem = demonymAt(scan, q);
  // "aides", "regulators": nouns that take part only as a reporting verb's subject
  const speakerOnly = speakerNouns.has(noun);
  if (dem) {
    code = dem.code;
    b = dem.first;
    // "German firms including Siemens": a group only maybe made leaves the nationality to the names it lists
    if (!speakerOnly) markHintUsed(scan, tokens[dem.first]?.start);
  } else {
    const p = at[tokens[q]?.kind === "possessive" ? q - 1 : q] ?? -1;
    const piece = p >= 0 ? scan.pieces[p] : undefined;
    if (piece?.kind === "country") {
      code = piece.note.code ?? null;
      b = piece.first;
    }
  }
  // "33 Russian individuals", "eleven individuals": a counted group, counted in its name
  const counted = isCount(scan.lower(b - 1));
  // "Chinese steel makers", "Trump supporters": the name runs from the state or the first
  // qualifying word to the noun (a state before a country noun makes the state's own body)
  const nameFrom = code && !countryNouns.has(noun) ? b : qualifier.words.length > 0 ? qualifier.first : -1;
  if (nameFrom >= 0) label = groupName(scan, nameFrom, end);
  if (counted) b--;
  // "attorneys general from sixteen states": a counted origin belongs to the group's name
  const from = scan.lower(end + 1) === "from" ? fromPhraseEnd(scan, end + 1) : -1;
  // "supporters of Ann Roe said", "lawyers for the family argued": whose they are stands
  // between the group and its reporting verb
  const owner = OWNER_PREPOSITIONS.has(scan.lower(end + 1)) ? fromPhraseEnd(scan, end + 1, 1) : -1;
  if (from > 0 && isCount(scan.lower(end + 2))) end = from;
  const doing =
    acts(scan.lower(end + 1)) ||
    // "protesters' demands": what a group has
    (possessed(scan, end) && tokens[end + 2]?.kind === "word" && !tokens[end + 2]?.cap) ||
    actedOn(scan, b) ||
    (relative(scan, end) && (definite(scan, b) || possessed(scan, b - 2) || qualifier.owned) && !predicate(scan, b)) ||
    (from > 0 && acts(scan.lower(from + 1))) ||
    // "according to witnesses": a group cited as a statement's source speaks (cited officials
    // are left to the claim stage, which reads the state their sentence is about)
    (scan.lower(b - 1) === "to" && scan.lower(b - 2) === "according" && !countryNouns.has(noun)) ||
    scan.lower(b - 1) === "by" ||
    (scan.lower(b - 1) === "the" && scan.lower(b - 2) === "by") ||
    (counted && code !== null);
  // "critics argue", "aides said", "activists here insist": a group a reporting verb follows
  // may be a claim's speaker; it is made on that guess and dropped when no item names it, as
  // a group of a noun that takes part only so is whatever it does ("tech companies criticised")
  // ("Russian hackers": people a state is named for take part wherever they are named)
  const acting = (doing || (code !== null && stateGroups.has(noun))) && !speakerOnly;
  // ("three current and former Podesta employees said": a count of a qualified group still speaks)
  const tentative =
    (!counted || qualifier.words.length > 0) &&
    ((!doing && (speakingVerbFrom(scan, end + 1) || (owner > 0 && speakingVerbFrom(scan, owner + 1)))) ||
      (speakerOnly && doing));
  // "shot shoppers", "injuring three police officers": the victims of a violent act, on that guess
  const harmed = !doing && !speakerOnly && harmingActs.has(scan.lower(verbBefore(scan, b)));
  const start = tokens[b]?.start ?? 0;
  const stop = tokens[end]?.end ?? 0;
  // "election officials", "hospital authorities": a noun marks out officials of something
  // other than the state, a group of their own
  const sector = !code && b === k && officialNouns.has(noun) ? sectorNoun(scan, k - 1) : null;
  const cited = (at: number) => scan.lower(at - 1) === "to" && scan.lower(at - 2) === "according";
  if (sector && (acting || cited(k - 1))) {
    const name = `${sector} ${noun}`;
    scan.add({
      start: tokens[k - 1]?.start ?? start,
      end: stop,
      first: k - 1,
      last: end,
      kind: "group",
      via: "description",
      note: { key: `group:${name}`, name },
    });
  } else if (countryNouns.has(noun)) {
    if (code)
      scan.add({
        start,
        end: stop,
        first: b,
        last: end,
        kind: "country",
        via: "description",
        note: countryNote(code),
      });
    // "FBI officials said", "Republican officials", "current and former officials": a body, a
    // party or a standing that says whose they are makes them a group of their own
    else if (qualifier.words.length > 0 && (acting || tentative || cited(b)))
      scan.add({
        start,
        end: stop,
        first: b,
        last: end,
        kind: "group",
        via: "description",
        note: { key: groupKey(label), name: label, ...(acting ? {} : { tentative: true }), head: noun },
      });
    // "intelligence officials warned": officials of a state office with no state named are the
    // article's state, as plain "officials" are
    else if (acting && (officialNouns.has(noun) || noun.endsWith(" officials")))
      scan.add({
        start,
        end: stop,
        first: b,
        last: end,
        kind: "country",
        via: "description",
        note: { key: `body:${bodyNoun(noun)}`, name: bodyNoun(noun), bareBody: bodyNoun(noun) },
      });
    // "internal investigators told the court": a collective of no named state still acts as one
    // when a word marks it out ("troops were injured" alone stays no one's)
    else if ((acting || tentative) && b < k && !counted && groupNounSet.has(noun) && !officialNouns.has(noun))
      scan.add({
        start,
        end: stop,
        first: b,
        last: end,
        kind: "group",
        via: "description",
        note: { key: `group:${noun}`, name: noun, ...(tentative ? { tentative } : {}) },
      });
    // "Investigators said", "according to investigators", "lawmakers criticised": a bare
    // collective of no named state speaks or acts as one; made on that guess and dropped when
    // no item names it ("troops were injured" names it in none)
    else if (
      (acting || tentative || cited(b)) &&
      b === k &&
      !counted &&
      // "United States military forces", "Lawmakers from the pro-democracy camp": a name before
      // the noun, or a phrase after it, says whose they are, and the group is theirs
      !scan.named[k - 1] &&
      tokens[k - 1]?.kind !== "possessive" &&
      owner < 0 &&
      from < 0 &&
      !officialNouns.has(bodyNoun(noun)) &&
      !bareBodies.has(noun)
    )
      scan.add({
        start,
        end: stop,
        first: b,
        last: end,
        kind: "group",
        via: "description",
        note: { key: `group:${noun}`, name: noun, tentative: true },
      });
  } else {
    const note: MentionNote = {
      key: groupKey(label),
      name: label,
      affiliation: code ? `country:${code}` : null,
      ...(label !== noun ? { head: noun } : {}),
    };
    const piece: Piece = { start, end: stop, first: b, last: end, kind: "group", via: "description", note };
    seen.set(noun, (seen.get(noun) ?? 0) + 1);
    if (acting) scan.add(piece);
    else if (tentative || harmed) scan.add({ ...piece, note: { ...note, tentative: true } });
    // ("Aung San Suu Kyi's political allies": a name that qualifies it may open it capitalised)
    else if (!counted && !tokens[qualifier.words.length > 0 ? k : b]?.cap && !speakerOnly) {
      waiting.push(piece);
      if (qualifier.owned) owned.add(piece);
    }
  }
  return end;
}

// "Police arrested twelve people", "killed at least 50 people", "nine men were jailed": people
// described only by their count are a group of their own when an act falls on them, so the act
// keeps its target; a count alone ("two people said") or a plain "people" is no one in particular.
// the nouns a count makes a group of: the counted ones, and the addressees no group noun covers
// (countedNouns are addressees too); one set, so that a lower-case word costs one look-up, not three
const PLAIN_COUNTED = new Set([...addresseeNouns].filter((n) => countedNouns.has(n) || !groupNounSet.has(n)));

function findCountedGroups(scan: Scan): void {
  const { tokens } = scan;
  const at = pieceIndex(scan);
  const crowd = storyCrowd(scan);
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.cap || scan.named[k] || scan.headline[k] || (at[k] ?? -1) >= 0) continue;
    const noun = scan.lower(k);
    // "killed two guards": any plural noun for people no group noun covers, counted
    if (!PLAIN_COUNTED.has(noun) || !isCount(scan.lower(k - 1)) || (at[k - 1] ?? -1) >= 0) continue;
    // "100,000 people" read as "100" "," "000": a count split by its commas stays no name
    if (tokens[k - 2]?.text === "," && tokens[k - 2]?.end === tokens[k - 1]?.start) continue;
    // "two people smugglers": the noun modifies the group noun after it
    if (groupNounSet.has(scan.lower(k + 1))) continue;
    let b = k - 1;
    // "at least 50", "more than 200": the count's lead belongs to the group's name
    if (countLeads.has(`${scan.lower(b - 2)} ${scan.lower(b - 1)}`)) b -= 2;
    else if (countLeads.has(scan.lower(b - 1))) b -= 1;
    // "the three officers", "their two sons": a count the text points back with names people already met
    else if (DETERMINERS.has(scan.lower(b - 1)) || tokens[b - 1]?.kind === "possessive") continue;
    if (!actedOnCounted(scan, b, k)) continue;
    const name = scan.text.slice(tokens[b]?.start ?? t.start, t.end).toLowerCase();
    scan.add({
      start: tokens[b]?.start ?? t.start,
      end: t.end,
      first: b,
      last: k,
      kind: "group",
      via: "description",
      note: crowd && (noun === "people" || noun === "persons") ? crowd : { key: `group:${name}`, name, counted: true },
    });
  }
}

// The crowd a story follows: the group of crowd nouns it names most, at least twice ("protesters").
function storyCrowd(scan: Scan): MentionNote | null {
  const counts = new Map<string, { note: MentionNote; n: number }>();
  for (const p of scan.pieces) {
    if (p.kind !== "group" || !crowdNouns.has(p.note.name)) continue;
    const c = counts.get(p.note.key);
    if (c) c.n++;
    else counts.set(p.note.key, { note: p.note, n: 1 });
  }
  let best: { note: MentionNote; n: number } | null = null;
  for (const c of counts.values()) if (c.n >= REPEATED && (!best || c.n > best.n)) best = c;
  return best?.note ?? null;
}

// A verb's object ("arrested twelve people", "sentenced nine men to") or a passive's subject
// ("twelve people were arrested", "nine men have been jailed").
function actedOnCounted(scan: Scan, b: number, end: number): boolean {
  // "shot dead twelve people", "gunned down 49 people": a particle ends the verb
  if (countedActs.has(scan.lower(violentParticles.has(scan.lower(b - 1)) ? b - 2 : b - 1))) return true;
  let k = end + 1;
  if (!passiveAuxiliaries.has(scan.lower(k))) return false;
  while (passiveAuxiliaries.has(scan.lower(k)) && k < end + 4) k++;
  if (!countedActs.has(scan.lower(k))) return false;
  // "were arrested by police": a passive whose doer the sentence names ("twenty people were
  // arrested" alone leaves the doer to guesswork, and the guess is often someone else named near)
  for (let j = k + 1; j <= k + 4; j++) {
    const w = scan.lower(j);
    if (w === "by") return true;
    if (!w || scan.tokens[j]?.kind !== "word") return false;
  }
  return false;
}

// The group's name from its modifiers between b and its noun at k, without counts and quantifiers
// ("several", "other", "some"): "religious groups" for "some religious groups".
function designated(scan: Scan, b: number, k: number, noun: string): string {
  const words: string[] = [];
  for (let j = b; j < k; j++) {
    const w = scan.lower(j);
    if (!groupModifiers.has(w) && scan.tokens[j]?.kind === "word") words.push(w);
  }
  return words.length > 0 ? `${words.join(" ")} ${noun}` : noun;
}

// "military officials" → "officials": the word the state's bare body goes by.
const bodyNoun = (noun: string) => (noun.endsWith(" officials") ? "officials" : noun);

// A lower-case noun right before "officials" that is no word of the state's own offices
// ("federal": titles.json modifiers), no function word, adjective or verb form; or a public
// service's noun (officialSectors), which is no state office even where titles.json lists it.
function sectorNoun(scan: Scan, k: number): string | null {
  const t = scan.tokens[k];
  if (!t || t.kind !== "word" || scan.named[k]) return null;
  // "health officials", "Security officials said": a public service's officials, common word or not
  const lower = scan.lower(k);
  // ("Democratic party officials": a name before the noun says whose officials they are)
  if (officialSectors.has(lower) && (!t.cap || t.sentStart) && !scan.named[k - 1] && !qualifier(scan, k - 1))
    return lower;
  if (t.cap) return null;
  const w = t.text;
  if (w.length < 4 || !/^[a-z]+$/.test(w) || commonWordSet.has(w) || titleModifiers.has(w) || groupModifiers.has(w))
    return null;
  if (ADJECTIVE_ENDING.test(w) || acts(w) || /(?:ing|ed|ly|s)$/.test(w)) return null;
  return w;
}

// "Kestrian security officials", "Democratic health officials": a capitalised word of a demonym's
// or a party's shape before the service says whose officials they are (not "On Tuesday"), also
// opening the sentence.
const QUALIFIER_SHAPE = /(?:an|ese|ish|ic|i)$/;
function qualifier(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  return !!t && t.kind === "word" && t.cap && QUALIFIER_SHAPE.test(t.text);
}

// A lower-case noun before a generic collective that says which members it has ("student groups",
// "tech companies", "rights groups"; a sentence's first word too): no function word, quantifier or verb form.
function nounModifier(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t || t.kind !== "word" || (t.cap && !t.sentStart) || scan.named[k]) return false;
  const w = scan.lower(k);
  if (w.length < 3 || !/^[a-z]+$/.test(w) || commonWordSet.has(w) || groupModifiers.has(w) || DETERMINERS.has(w))
    return false;
  return !acts(w) && !/(?:ing|ed|ly)$/.test(w);
}

// How often a group must be named to take part without acting where it is named.
const REPEATED = 2;

// "the protesters", "his associates": a group the text points at, not "protesters" in general.
function definite(scan: Scan, first: number): boolean {
  const w = scan.lower(first - 1);
  return (
    w === "the" ||
    w === "his" ||
    w === "her" ||
    w === "their" ||
    w === "its" ||
    scan.tokens[first - 1]?.kind === "possessive"
  );
}

// "the protesters' demands": a plural's apostrophe (a possessive token, or a bare "'" right after it)
function possessed(scan: Scan, end: number): boolean {
  const t = scan.tokens[end + 1];
  if (!t) return false;
  if (t.kind === "possessive") return true;
  return (t.text === "'" || t.text === "’") && t.start === scan.tokens[end]?.end;
}

// "the defendant's lawyers, who argued", "the officials who ordered": a relative clause on a group
// the text points at says what it did, as a verb right after it would ("any groups who",
// "those customers who" stay people in general).
function relative(scan: Scan, end: number): boolean {
  const k = scan.lower(end + 1) === "," ? end + 2 : end + 1;
  return scan.lower(k) === "who";
}

// "claimed them to be mercenaries, who", "were among victims who": a group that only says what
// others are, or counts them among its members, is no one of its own.
const PREDICATE_WORDS = new Set(["be", "being", "been", "is", "are", "was", "were", "as", "among", "like"]);
function predicate(scan: Scan, b: number): boolean {
  const k = DETERMINERS.has(scan.lower(b - 1)) ? b - 2 : b - 1;
  return PREDICATE_WORDS.has(scan.lower(k));
}

// "urged voters", "accused the protesters", "against foreign powers": a group a verb acts on.
function actedOn(scan: Scan, b: number): boolean {
  return groupActedOn.has(scan.lower(verbBefore(scan, b)));
}

// Index of the verb whose object a group starting at b may be: past a determiner, a count's lead
// ("killed more than 400 protesters") and a particle that ends a violent verb ("shot dead 100 demonstrators").
function verbBefore(scan: Scan, b: number): number {
  let k = b - 1;
  if (DETERMINERS.has(scan.lower(k))) k--;
  else if (countLeads.has(`${scan.lower(k - 1)} ${scan.lower(k)}`)) k -= 2;
  else if (countLeads.has(scan.lower(k))) k--;
  if (violentParticles.has(scan.lower(k))) k--;
  return k;
}

// A lower-case word of an adjective's shape before a group's noun ("conservative groups",
// "alleged accomplices"): part of the group's name.
function adjectival(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t || t.kind !== "word" || t.cap) return false;
  const w = t.text;
  if (w.length <= 4 || NOT_ADJECTIVES.has(w)) return false;
  if (ADJECTIVE_ENDING.test(w)) return true;
  // "several alleged accomplices", not "interviewed voters": a participle after a determiner
  const before = scan.lower(k - 1);
  return w.endsWith("ed") && (DETERMINERS.has(before) || groupModifiers.has(before) || isCount(before));
}
const ADJECTIVE_ENDING = /(?:ive|al|ic|ous|ary|ian|ist|ful|less|ent|ant)$/;
// Words of those shapes that are no adjectives of a group ("several" is a modifier anyway).
const NOT_ADJECTIVES = new Set([
  "said",
  "asked",
  "urged",
  "called",
  "accused",
  "blamed",
  "told",
  "warned",
  "arrested",
  "detained",
  "killed",
  "charged",
  "sued",
  "thanked",
  "praised",
  "attacked",
  "targeted",
  "joined",
  "supported",
  "backed",
  "represented",
  "against",
  "detained",
  "criticized",
  "criticised",
  "condemned",
  "agent",
  "president",
  "parent",
  "student",
]);

// "from the border state of Texas", "from sixteen states": where a group comes from, up to the
// verb after it (short, no punctuation); -1 when no such phrase ends in a word before a verb.
const OWNER_PREPOSITIONS = new Set(["of", "for"]);

// "from sixteen states" takes two words at least; "of Navalny" may be one
function fromPhraseEnd(scan: Scan, at: number, least = 2): number {
  for (let k = at + 1; k <= at + 7; k++) {
    const t = scan.tokens[k];
    if (!t || (t.kind !== "word" && t.text !== "-")) return -1;
    if (k >= at + least && acts(scan.lower(k + 1)) && !scan.tokens[k + 1]?.cap) return k;
  }
  return -1;
}

const NUMBER_WORDS = new Set([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
  "dozens",
  "hundreds",
  "thousands",
]);
function isCount(w: string): boolean {
  if (NUMBER_WORDS.has(w)) return true;
  // digits, perhaps with thousands commas ("1,200"); a lone comma is no count
  if (!w || w.charCodeAt(0) < 48 || w.charCodeAt(0) > 57) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 44) return false;
  }
  return true;
}

function markHintUsed(scan: Scan, start: number | undefined): void {
  // hints are pushed in text order: the one at `start` is found by halving
  if (start === undefined) return;
  const h = scan.hints[firstStartingAt(scan.hints, start)];
  if (h && h.start === start) h.used = true;
}

function findCollectivesAndPronouns(scan: Scan): void {
  const { tokens } = scan;
  for (let k = 0; k < tokens.length; k++) {
    // only pronouns and "the" matter here (trigger-words.ts)
    if (!scan.triggered(k, PRONOUN | THE)) continue;
    const t = tokens[k];
    if (!t || t.kind !== "word" || scan.named[k]) continue;
    const w = scan.lower(k);
    const gender = scan.triggered(k, PRONOUN) ? pronounGender.get(w) : undefined;
    if (gender) {
      scan.add({
        start: t.start,
        end: t.end,
        first: k,
        last: k,
        kind: "person",
        via: "pronoun",
        note: { key: `pronoun:${t.start}`, name: t.text, gender },
      });
      continue;
    }
    // "the West" (a capital West after "the", not a compass point)
    if (w === "the" && tokens[k + 1]?.cap && !scan.named[k + 1] && collectives.has(`the ${scan.lower(k + 1)}`)) {
      const n = tokens[k + 1] as typeof t;
      const name = `the ${n.text}`;
      scan.add({
        start: n.start,
        end: n.end,
        first: k + 1,
        last: k + 1,
        kind: "group",
        via: "name",
        note: { key: `group:${slug(name)}`, name },
      });
      k++;
    }
  }
}
