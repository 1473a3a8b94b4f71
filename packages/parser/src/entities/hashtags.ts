import type { Piece, Scan } from "./scan.js";

/**
 * "#BlackLivesMatter", "#GOPDebate", "#MAGA": a hashtag labels a topic, an event or a slogan
 * that posts share, not a participant, whatever the words it is made of name. A state's name
 * stays the state ("reject new #US blockade measures").
 */
export function dropHashtags(scan: Scan): void {
  const { text } = scan;
  if (!text.includes("#")) return;
  const drop = new Set<Piece>();
  for (const p of scan.pieces)
    if (p.via === "name" && p.kind !== "country" && text.charAt(p.start - 1) === "#") drop.add(p);
  scan.remove(drop);
}
