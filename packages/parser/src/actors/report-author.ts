import data from "../../data/report-authors.json";
import type { Actor, Mention } from "../model.js";

// Who wrote "a congressional report", "a parliamentary inquiry": the adjective names the kind of
// body, and the story names the body of that kind elsewhere ("The committee's interim report",
// "the House Committee on Science"). The annotators give such a report to that committee, else to
// the whole legislature. Claims and accusations both ask (a report speaks and accuses).

interface HasActors {
  text: string;
  mentions: Mention[];
  actors: Actor[];
}

const ADJECTIVES = new Map<string, string>(Object.entries(data.adjectives));
const WHOLE = new Set(data.legislature.whole);
const CHAMBERS = new Set(data.legislature.chambers);
const COMMITTEE_WORDS = data.legislature.committees;
// case matters: "House", not the "house" of a home; and not the White House
const NAME_WORDS = new RegExp(`(?<!White )\\b(?:${data.legislature.nameWords.join("|")})\\b`);
const COMMITTEE = new RegExp(`\\b(?:${COMMITTEE_WORDS.join("|")})\\b`, "i");
// how far before a committee's mention a legislature's name may stand ("House of Representatives Committee on ...")
const OWNER_REACH = 40;
const LEADING = /^(?:the|u\.s\.|us|state)\s+/i;

/** Whether `word` (lower case) is an adjective that names a report's author by kind ("congressional"). */
export function isAuthorAdjective(word: string): boolean {
  return ADJECTIVES.has(word);
}

/**
 * The actor that wrote a document an adjective describes ("congressional" → the legislature's
 * committee the story names, nearest to `offset`, else the legislature, else its one chamber the
 * story names); null when the adjective names no kind of body or the story names none.
 */
export function reportAuthorByAdjective(doc: HasActors, adjective: string, offset: number): string | null {
  if (ADJECTIVES.get(adjective.toLowerCase()) !== "legislature") return null;
  const committee = nearestCommittee(doc, offset);
  if (committee) return committee;
  let whole: string | null = null;
  const chambers = new Set<string>();
  for (const a of doc.actors) {
    if (a.kind !== "organization") continue;
    const name = a.name.toLowerCase().replace(LEADING, "");
    if (WHOLE.has(name)) whole ??= a.id;
    else if (CHAMBERS.has(name)) chambers.add(a.id);
  }
  if (whole) return whole;
  return chambers.size === 1 ? ([...chambers][0] ?? null) : null;
}

/** A committee of a legislature: its name says so, or a legislature's name stands right before a mention of it. */
function nearestCommittee(doc: HasActors, offset: number): string | null {
  const committees = new Set<string>();
  for (const a of doc.actors) if (a.kind === "organization" && COMMITTEE.test(a.name)) committees.add(a.id);
  if (committees.size === 0) return null;
  let before: Mention | null = null;
  let after: Mention | null = null;
  for (const m of doc.mentions) {
    if (!m.actor || !committees.has(m.actor)) continue;
    const name = doc.text.slice(m.start, m.end);
    const lead = doc.text.slice(Math.max(0, m.start - OWNER_REACH), m.start);
    if (!NAME_WORDS.test(name) && !NAME_WORDS.test(lead)) continue;
    if (m.start < offset) before = m;
    else if (!after) after = m;
  }
  return (before ?? after)?.actor ?? null;
}
