import { slug } from "./classify-run.js";
import { commonWordSet, cueVerbForms, possessedBodies, titleHeads } from "./lexicon.js";
import { isPluralApostrophe } from "./name-runs.js";
import type { Piece, Scan } from "./scan.js";

// Words between the possessive and "campaign" that still leave it the person's own campaign.
const CAMPAIGN_KINDS = new Set(["presidential", "reelection", "re-election", "own"]);
// Adverbs between the campaign and its verb: "Cruz's campaign also went on the offensive".
const ADVERBS = new Set(["also", "already", "quickly", "then", "later", "now", "on"]);
// Words before "of" / "for" / "with" that make the campaign a body someone works in.
const WORKING = new Set(["working", "worked", "work", "works", "hired", "joined", "staff", "staffers", "team"]);

/**
 * "Roe's office denied", "an aide in Roe's office": the same for a person's office (data
 * possessedBodies), a body of its own that speaks and acts for the person.
 * "Clinton’s campaign has argued", "an email thread with Cruz’s campaign", "chairman of Donald
 * Trump's campaign": a person's possessive before "campaign" names the campaign, a body of its
 * own (as "the Clinton campaign" does), besides the person, where the campaign acts (a verb
 * follows) or someone works in it or deals with it. A campaign that is only a topic ("a staple
 * of Trump's campaign", "Bush's campaign has languished") is left to the person.
 */
export function findPossessedCampaigns(scan: Scan): void {
  const { tokens } = scan;
  const campaigns: Piece[] = [];
  for (const p of scan.pieces) {
    if (p.kind !== "person" || p.via !== "name") continue;
    const owned = tokens[p.last + 1]?.kind === "possessive" || isPluralApostrophe(scan, p.last + 1);
    if (!owned) continue;
    let k = p.last + 2;
    if (CAMPAIGN_KINDS.has(scan.lower(k))) k++;
    const noun = scan.lower(k);
    if (!possessedBodies.has(noun) || tokens[k]?.cap) continue;
    // (a campaign only as a person's own: "Roe's reelection campaign", not "Roe's reelection office")
    if (k > p.last + 2 && noun !== "campaign") continue;
    if (!campaignActs(scan, k) && !(campaignJoined(scan, p.first) && endsPhrase(scan, k))) continue;
    const name = noun === "campaign" ? `${p.note.name} campaign` : `${p.note.name}'s ${noun}`;
    // (the person's own mention stays inside it: the name still ties "Clinton" to "Hillary Clinton")
    campaigns.push({
      start: p.start,
      end: tokens[k]?.end ?? p.end,
      first: p.first,
      last: k,
      kind: "organization",
      via: "name",
      note: { key: `org:${slug(name)}`, name, affiliation: `person:${slug(p.note.name)}` },
    });
  }
  for (const c of campaigns) scan.add(c);
}

// "campaign said", "campaign has argued", "campaign is already claiming", "campaign tweeted": a verb of its own.
function campaignActs(scan: Scan, k: number): boolean {
  let j = k + 1;
  // ("Roe's office strongly denied": an adverb in -ly as well)
  while ((ADVERBS.has(scan.lower(j)) || scan.lower(j).endsWith("ly")) && j < k + 3) j++;
  const w = scan.lower(j);
  if (cueVerbForms.has(w) || (w.endsWith("ed") && w.length > 4)) return true;
  if (w === "has" || w === "had") return cueVerbForms.has(scan.lower(j + 1));
  if (w === "is" || w === "was") {
    const next = scan.lower(ADVERBS.has(scan.lower(j + 1)) ? j + 2 : j + 1);
    return next.endsWith("ing") || cueVerbForms.has(next);
  }
  return false;
}

// "chairman of Trump's campaign", "working for Rand Paul's campaign", "an email thread with Cruz's
// campaign", "unnoticed by Clinton's campaign": a role in it, work for it, or dealings with it.
function campaignJoined(scan: Scan, first: number): boolean {
  const prep = scan.lower(first - 1);
  if (prep === "by" || prep === "with") return true;
  if (prep !== "of" && prep !== "for" && prep !== "on" && prep !== "in") return false;
  const before = scan.lower(first - 2);
  return titleHeads.has(before) || titleHeads.has(before.replace(/s$/, "")) || WORKING.has(before);
}

// "campaign" closes its noun phrase, not modifies a noun after it ("clothes with Trump's campaign logo").
function endsPhrase(scan: Scan, k: number): boolean {
  const next = scan.tokens[k + 1];
  return !next || next.kind !== "word" || next.cap || commonWordSet.has(next.text);
}
