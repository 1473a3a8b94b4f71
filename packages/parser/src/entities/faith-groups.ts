import { groupKey } from "./group-qualifiers.js";
import { faithGroups } from "./lexicon.js";
import type { Scan } from "./scan.js";

/**
 * "a ban on Muslims", "Jews and Christians protested": the followers of a faith, named by the
 * plural, are a group a story is about wherever it names them, acting or acted upon; the plural
 * is never a name of its own (regions.json keeps it out of names), so it is found here.
 */
export function findFaithGroups(scan: Scan): void {
  const { tokens } = scan;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || scan.named[k] || scan.headline[k]) continue;
    const name = faithGroups.get(t.text);
    // "Christians United for Peace", "Jews Against the War": a capital after it opens a name
    if (!name || (tokens[k + 1]?.kind === "word" && tokens[k + 1]?.cap)) continue;
    scan.add({
      start: t.start,
      end: t.end,
      first: k,
      last: k,
      kind: "group",
      via: "description",
      note: { key: groupKey(name), name },
    });
  }
}
