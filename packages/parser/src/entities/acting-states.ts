import { slug } from "./classify-run.js";
import { countryByCode, federalSeats, stateCountry, titleHeads, titleModifiers } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";

// Words before a state's name that make it a party, not a place: "filed by Texas", "sued Ohio".
const PARTY_BEFORE = new Set(["by", "against", "sued", "sues", "suing", "versus", "v.", "vs."]);
// Words after it that make it the one acting: "Texas sued", "Ohio has", "Oregon argued".
const ACTS_AFTER = new Set([
  "said",
  "says",
  "sued",
  "sues",
  "filed",
  "files",
  "argued",
  "argues",
  "claimed",
  "claims",
  "announced",
  "has",
  "have",
  "had",
  "will",
  "would",
  "joined",
  "passed",
  "enacted",
  "asked",
  "appealed",
  "agreed",
  "refused",
  "is",
  "was",
]);

/**
 * A state or province that acts ("a lawsuit filed by Texas", "the state of Montana",
 * "Ohio has appealed", "California's governor") is a government, an actor of its own
 * affiliated with its country; where the text names it, it stays a place's name (a mention
 * of kind location), but every mention of it joins that actor. A state that only
 * locates ("a rally in Ohio") stays a place with no actor.
 */
export function settleStates(scan: Scan): void {
  const byName = new Map<string, Piece[]>();
  const acting = new Set<string>();
  // the country's namesakes listed among acting states ("Georgia, Michigan and Ohio sued")
  const listedCountries: Piece[] = [];
  // "Texas, Ohio and Utah sued": a list of states acts as a whole
  let list: Piece[] = [];
  let listActs = false;
  let listEnd = -1;
  const closeList = () => {
    if (listActs && list.some((p) => p.kind !== "country"))
      for (const p of list) {
        if (p.kind === "country") listedCountries.push(p);
        else acting.add(scan.slice(p.first, p.last));
      }
    list = [];
    listActs = false;
  };
  for (const p of scan.pieces) {
    if (p.via !== "name" || p.note.title) continue;
    const name = scan.slice(p.first, p.last);
    if (!stateCountry.has(name)) continue;
    if (!continuesList(scan, listEnd, p.first)) closeList();
    list.push(p);
    listEnd = p.last;
    if (acts(scan, p)) listActs = true;
    // "Georgia" the country stays one, unless listed among its namesake's fellow states
    if (p.kind === "country") continue;
    const same = byName.get(name);
    if (same) same.push(p);
    else byName.set(name, [p]);
  }
  closeList();
  const become = (p: Piece, name: string) => {
    p.kind = "location";
    p.unsure = false;
    p.note = { key: `org:${slug(name)}`, name, affiliation: `country:${stateCountry.get(name)}`, actsAs: true };
  };
  for (const name of acting) for (const p of byName.get(name) ?? []) become(p, name);
  for (const p of listedCountries) become(p, scan.slice(p.first, p.last));
  settleNamesakes(scan, become);
}

/**
 * "Doug Collins of Georgia", "the Georgia runoff": a country that shares its name with a
 * state of another country ("Georgia") is that state in a story that names the other
 * country and gives the namesake country no sign of its own (its demonym, its capital): a
 * place, or the state's government where it acts ("Georgia sued"); and whoever the story
 * placed in the namesake country ("Senator Jo Roe of Georgia") is placed in the other one.
 */
function settleNamesakes(scan: Scan, become: (p: Piece, name: string) => void): void {
  let named: Set<string> | null = null;
  for (const p of scan.pieces) {
    if (p.kind !== "country" || p.via !== "name" || p.note.title) continue;
    const name = scan.slice(p.first, p.last);
    const home = stateCountry.get(name);
    const code = p.note.code;
    // (a territory the other country governs, "Puerto Rico", is that country's already)
    if (!home || !code || home === code || !countryByCode.get(code)?.independent) continue;
    named ??= statesNamed(scan);
    // "Niger's president", "Georgia President ...": the country acting as one
    if (scan.pieces.some((q) => q.kind === "country" && q.note.code === code && actsAsCountry(scan, q))) continue;
    // "in Georgia, Michigan and Ohio": a list the state rule above already read, acting or not
    if (inStateList(scan, p, home)) continue;
    if (!named.has(home) || named.has(code)) continue;
    if (acts(scan, p)) become(p, name);
    else {
      p.kind = "location";
      p.note = { key: `loc:${slug(name)}`, name, code: home };
    }
    const was = `country:${code}`;
    for (const q of scan.pieces) if (q.note.affiliation === was) q.note.affiliation = `country:${home}`;
  }
}

// Whether another state of `home` stands next to p in a list ("Georgia, Michigan", "Ohio and Georgia").
function inStateList(scan: Scan, p: Piece, home: string): boolean {
  for (const q of scan.pieces) {
    if (q === p || stateCountry.get(scan.slice(q.first, q.last)) !== home) continue;
    if (continuesList(scan, q.last, p.first) || continuesList(scan, p.last, q.first)) return true;
  }
  return false;
}

// A country's own possessive or a title after it: "Niger's president", "Georgia President".
function actsAsCountry(scan: Scan, p: Piece): boolean {
  const k = scan.tokens[p.last + 1]?.kind === "possessive" ? p.last + 2 : p.last + 1;
  return titleHeads.has(scan.lower(k));
}

// The states a story names other than by a namesake's name: by name, demonym, capital, or as
// the state of a body it names ("the United States Senate").
function statesNamed(scan: Scan): Set<string> {
  const named = new Set<string>();
  for (const q of scan.pieces) {
    if (q.kind === "country" && q.note.code && !stateCountry.has(scan.slice(q.first, q.last))) named.add(q.note.code);
    const aff = q.kind === "organization" && q.via === "name" ? q.note.affiliation : null;
    if (aff?.startsWith("country:")) named.add(aff.slice(8));
  }
  for (const h of scan.hints) named.add(h.code);
  return named;
}
// Whether only ",", "and" or ", and" stand between token `end` and token `first`.
function continuesList(scan: Scan, end: number, first: number): boolean {
  if (end < 0 || first - end > 3 || first - end < 2) return false;
  for (let k = end + 1; k < first; k++) if (scan.lower(k) !== "," && scan.lower(k) !== "and") return false;
  return true;
}

// What a state's possessive makes it the party to: "Ohio's lawsuit", "Utah's legislature".
const OWN_ACTS = new Set(["lawsuit", "suit", "complaint", "appeal", "government", "legislature", "law", "ban"]);

const PLACING = new Set(["in", "from", "at", "across", "throughout", "near", "to", "into", "around", "outside"]);

// Whether the noun phrase ending at `head` ("the border state") follows a preposition of place.
function placedBefore(scan: Scan, head: number): boolean {
  for (let k = head - 1; k >= head - 4 && k >= 0; k--) {
    const w = scan.lower(k);
    if (PLACING.has(w)) return true;
    if (scan.tokens[k]?.kind !== "word" || scan.tokens[k]?.cap) return false;
  }
  return false;
}

// A determiner before the place, perhaps across a title modifier: "the Florida", "the former Ohio".
function describedFrom(scan: Scan, k: number): boolean {
  if (titleModifiers.has(scan.lower(k)) && !scan.tokens[k]?.cap) k--;
  return scan.lower(k) === "the";
}

function acts(scan: Scan, p: Piece): boolean {
  const before = scan.lower(p.first - 1);
  // "a suit against the state of Montana"; not "owners from the border state of Texas"
  if (before === "of" && scan.lower(p.first - 2) === "state") return !placedBefore(scan, p.first - 2);
  if (PARTY_BEFORE.has(before)) return true;
  // "Jerrold Nadler of New York has said": the state a person is "of" is where they come from
  if (before === "of") return false;
  const next = scan.tokens[p.last + 1];
  if (!next) return false;
  // "California's attorney general", "Ohio's lawsuit"; not "Texas's population"
  if (next.kind === "possessive") {
    const w = scan.lower(p.last + 2);
    return titleHeads.has(w) || OWN_ACTS.has(w);
  }
  const after = scan.lower(p.last + 1);
  // "Texas Governor", "the California attorney general": the state's own office; not "the Florida
  // senator", "the former Ohio congressman", where the state only says where the person is from
  if (titleHeads.has(after) || titleHeads.has(`${after} ${scan.lower(p.last + 2)}`))
    return !(federalSeats.has(after) && !next.cap && describedFrom(scan, p.first - 1));
  return ACTS_AFTER.has(after) && scan.adjacent(p.last, p.last + 1);
}
