import { slug } from "./classify-run.js";
import { countryByCode, firstNameGender, officeAbbreviations, stateCountry, titleHeads } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";
import { governorActsAt, governorOfActsAt, stateDeedAt, stateOfficeActs, stateOfficeAt } from "./state-office.js";

// Words before a state's name that make it a party, not a place: "filed by Texas", "sued Ohio".
const PARTY_BEFORE = new Set(["by", "against", "sue", "sued", "sues", "suing", "versus", "v.", "vs."]);

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
  for (const [name, pieces] of byName) {
    if (acting.has(name)) for (const p of pieces) become(p, name);
    else if (firstNameGender.has(name) && !partOfPersonName(scan, name))
      for (const p of pieces) if (p.kind === "person" && p.first === p.last) placeGivenName(p, name);
  }
  for (const p of listedCountries) become(p, scan.slice(p.first, p.last));
  settleNamesakes(scan, become);
}

// "former Virginia governor Jim Gilmore", "voters in Georgia and Virginia": a state named like a
// given name ("Virginia"), alone, is the state, a place, where it does not act and no person in
// the story bears the name ("Virginia Foxx", "Carlos Guerrero"): a person named in full first
// would not be called by a given name alone.
function placeGivenName(p: Piece, name: string): void {
  p.kind = "location";
  p.unsure = false;
  p.note = { key: `loc:${slug(name)}`, name, code: stateCountry.get(name) ?? null };
}

// Whether a person's name of two words or more in the story holds `name` as one of its words.
function partOfPersonName(scan: Scan, name: string): boolean {
  return scan.pieces.some(
    (q) => q.kind === "person" && q.last > q.first && scan.slice(q.first, q.last).split(" ").includes(name),
  );
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
    // "in Georgia, Michigan and Ohio": one of the other country's states, listed among them (the
    // state rule above made an acting list a government already): a place
    if (inStateList(scan, p, home)) {
      p.kind = "location";
      p.note = { key: `loc:${slug(name)}`, name, code: home };
      continue;
    }
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

function acts(scan: Scan, p: Piece): boolean {
  const next = scan.tokens[p.last + 1];
  // "Texas Governor", "New York Attorney General": the state's own office; not "the Florida
  // senator", "former Ohio Gov. Jo Roe", "endorsed by Texas Sen. Ted Cruz", where the state only
  // says where the person is from
  // (a governor only as the subject of an official act: "Ohio Gov. Mike DeWine ordered")
  if (next?.kind !== "possessive" && titleFollows(scan, p.last + 1))
    return stateOfficeActs(scan, p.first, p.last + 1) || governorActsAt(scan, p.first, p.last + 1);
  // "the state of Montana", "the U.S. state of Ohio": the name's longer form, read from its start
  let first = p.first;
  if (scan.lower(first - 1) === "of" && scan.lower(first - 2) === "state") {
    // "owners from the border state of Texas filed": the owners act, from a place
    if (placedBefore(scan, first - 2)) return false;
    first -= 2;
    if (scan.lower(first - 1) === "u.s." || scan.lower(first - 1) === "us") first--;
    if (scan.lower(first - 1) === "the") first--;
  }
  const before = scan.lower(first - 1);
  // "California's attorney general", "Ohio's lawsuit"; not "Texas's population", "Ohio's governor",
  // "coordinated by New Jersey's Steve Lonegan"
  if (next?.kind === "possessive") return stateOfficeAt(scan, p.last + 2) || OWN_ACTS.has(scan.lower(p.last + 2));
  // "filed by Texas", "a suit against the state of Montana"
  if (PARTY_BEFORE.has(before)) return true;
  // "Jerrold Nadler of New York has said": the state a person is "of" is where they come from;
  // "Stacy Baker of Columbia, South Carolina says": a town's state, in an address
  // ("the governor of Ohio, Mike DeWine, ordered": the state's executive at work)
  if (before === "of") return governorOfActsAt(scan, first, p.last);
  if (!next || placeBefore(scan, first)) return false;
  // "Texas sued", "Ohio has appealed"; not "a contest in Iowa is", "voters in Ohio and Iowa said",
  // "his home state of Vermont has"
  if (PLACING.has(scan.lower(listStart(scan, first) - 1))) return false;
  return scan.adjacent(p.last, p.last + 1) && stateDeedAt(scan, p.last + 1);
}

// Whether a title word opens at token k: "Governor", "attorney general", "Sen.".
function titleFollows(scan: Scan, k: number): boolean {
  const w = scan.lower(k);
  const abbreviated = officeAbbreviations.get(scan.tokens[k]?.text ?? "");
  return (
    titleHeads.has(w) || titleHeads.has(`${w} ${scan.lower(k + 1)}`) || (!!abbreviated && titleHeads.has(abbreviated))
  );
}

// "Columbia, South Carolina": a place's name, then a comma, before the state.
function placeBefore(scan: Scan, first: number): boolean {
  if (scan.lower(first - 1) !== ",") return false;
  return scan.pieces.some((q) => q.last === first - 2 && (q.kind === "location" || q.kind === "country"));
}

// The first token of the list of capitalised names that ends at `first` ("Alabama, Georgia and").
function listStart(scan: Scan, first: number): number {
  let k = first;
  for (let j = first - 1; j >= first - 12 && j >= 0; j--) {
    const w = scan.lower(j);
    if (w === "," || w === "and") continue;
    // ("In Iowa and Ohio": a capital that opens the sentence is still the preposition)
    if (!scan.tokens[j]?.cap || PLACING.has(w)) break;
    k = j;
  }
  return k;
}
