import stateActs from "../../data/state-acts.json";
import { titleModifiers } from "./lexicon.js";
import type { Scan } from "./scan.js";

const ACTING_VERBS = new Set(stateActs.verbs);
const AUXILIARIES = new Set(stateActs.auxiliaries);
const BETWEEN_AUXILIARY = new Set(stateActs.betweenAuxiliary);
const OFFICES = new Set(stateActs.offices);
const DESCRIBED = new Set(stateActs.described);

/**
 * Whether the verb at token k makes the state before it act: "Texas sued", "Ohio has
 * appealed", "Oregon will not appeal"; a bare "is", "has" or "will" says what the state is
 * or holds ("Iowa is a must-win", "Florida has 99 delegates"), so it needs a deed after it.
 */
export function stateDeedAt(scan: Scan, k: number): boolean {
  const w = scan.lower(k);
  if (ACTING_VERBS.has(w)) return true;
  if (!AUXILIARIES.has(w)) return false;
  let j = k + 1;
  while (BETWEEN_AUXILIARY.has(scan.lower(j)) && j < k + 3) j++;
  return ACTING_VERBS.has(scan.lower(j));
}

/**
 * Whether a state's name at `first` opening the title at `title` ("New York Attorney General
 * Eric Schneiderman", "Missouri Secretary of State") is the state's own office acting, held
 * now. A senator, congressman or candidate is only from the state, and "the Ohio attorney
 * general", "former Virginia Attorney General Ken Cuccinelli" describe a person, not the
 * state's office at work.
 */
export function stateOfficeActs(scan: Scan, first: number, title: number): boolean {
  return stateOfficeAt(scan, title) && !describedBefore(scan, first);
}

// Whether an office of the state's own government opens at token k: "attorney general",
// "secretary of state", "election officials" (a governor is a person the story follows: a
// candidate, an endorser, a host, as often as the state's executive).
export function stateOfficeAt(scan: Scan, k: number): boolean {
  const one = scan.lower(k);
  const two = `${one} ${scan.lower(k + 1)}`;
  return OFFICES.has(one) || OFFICES.has(two) || OFFICES.has(`${two} ${scan.lower(k + 2)}`);
}

// A determiner or a word of tenure before the state, perhaps across lower-case modifiers:
// "the Ohio governor", "a former two-term Florida governor", "Trump's Indiana chairman".
function describedBefore(scan: Scan, first: number): boolean {
  for (let k = first - 1; k >= first - 3 && k >= 0; k--) {
    const w = scan.lower(k);
    if (DESCRIBED.has(w) || scan.tokens[k]?.kind === "possessive") return true;
    if (!titleModifiers.has(w) || scan.tokens[k]?.cap) return false;
  }
  return false;
}

const GOVERNORS = new Set(stateActs.governors);
const GOVERNOR_ACTS = new Set(stateActs.governorActs);
const ACT_DAYS = new Set(stateActs.actDays);

// The token after a day told before the act ("on Monday signed"), or k itself.
function pastDay(scan: Scan, k: number): number {
  const j = scan.lower(k) === "on" ? k + 1 : k;
  return ACT_DAYS.has(scan.lower(j)) ? j + 1 : k;
}

/**
 * Whether the governor's title at `title`, after the state's name at `first`, heads the subject
 * of an official act: "Florida Governor Ron DeSantis declared", "Ohio Gov. Mike DeWine has
 * ordered". A governor is as often a candidate or an endorser, so the state acts through its
 * governor only in such a deed, and never in a description ("the Ohio governor", "former Gov.").
 */
export function governorActsAt(scan: Scan, first: number, title: number): boolean {
  if (!GOVERNORS.has(scan.lower(title)) || describedBefore(scan, first)) return false;
  let k = title + 1;
  if (scan.lower(k) === ".") k++;
  const name = k;
  while (k < name + 4 && scan.tokens[k]?.kind === "word" && scan.tokens[k]?.cap) k++;
  if (k === name) return false;
  k = pastDay(scan, k);
  if (AUXILIARIES.has(scan.lower(k))) k++;
  while (BETWEEN_AUXILIARY.has(scan.lower(k)) && k < name + 7) k++;
  return GOVERNOR_ACTS.has(scan.lower(k));
}

/**
 * Whether "the governor of <State>" ending at `last` (the state's last token) is the subject of
 * an official act: "the governor of Ohio, Mike DeWine, ordered", "The governor of Texas has
 * signed"; not "the former governor of Ohio", "the race for governor of Ohio".
 */
export function governorOfActsAt(scan: Scan, first: number, last: number): boolean {
  if (scan.lower(first - 1) !== "of" || !GOVERNORS.has(scan.lower(first - 2))) return false;
  if (scan.lower(first - 3) !== "the") return false;
  let k = last + 1;
  // an appositive name: ", Mike DeWine,"
  if (scan.lower(k) === ",") {
    const name = ++k;
    while (k < name + 4 && scan.tokens[k]?.kind === "word" && scan.tokens[k]?.cap) k++;
    if (k === name || scan.lower(k) !== ",") return false;
    k++;
  }
  k = pastDay(scan, k);
  if (AUXILIARIES.has(scan.lower(k))) k++;
  while (BETWEEN_AUXILIARY.has(scan.lower(k)) && k < last + 10) k++;
  return GOVERNOR_ACTS.has(scan.lower(k));
}
