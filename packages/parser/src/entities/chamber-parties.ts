import { groupKey } from "./group-qualifiers.js";
import { chamberParties } from "./lexicon.js";
import type { Scan } from "./scan.js";

/**
 * "Senate Republicans said", "House Democrats", "congressional Republicans": a party's members
 * in one chamber are a group of their own, not the party, so their words and acts are theirs.
 * The party's mention inside stays (the party is still named); the group's mention covers both,
 * and a phrase's widest mention is its subject.
 */
export function findChamberParties(scan: Scan, at: Int32Array): void {
  const { tokens } = scan;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || !chamberParties.members.has(t.text)) continue;
    const chamber = tokens[k - 1];
    if (!chamber || chamber.kind !== "word" || !chamberParties.chambers.has(chamber.text)) continue;
    if (chamber.end === t.start || scan.headline[k]) continue;
    // the party's own mention must end here ("Senate Democrats" is no "Democrats Abroad")
    const p = at[k] ?? -1;
    const party = p >= 0 ? scan.pieces[p] : undefined;
    if (!party || party.last !== k || party.first < k - 1) continue;
    const name = `${chamber.text} ${t.text}`;
    const note = { key: groupKey(name), name, affiliation: party.note.key };
    // "Congressional Republicans" read as one name of the party: the whole is the group
    if (party.first === k - 1) {
      party.kind = "group";
      party.via = "description";
      party.note = note;
      continue;
    }
    scan.add({
      start: chamber.start,
      end: t.end,
      first: k - 1,
      last: k,
      kind: "group",
      via: "description",
      note,
    });
  }
}
