import platforms from "../../data/platforms.json";
import type { MentionNote } from "../entities/mention-note.js";
import type { Mention } from "../model.js";

const NAMES = new Set(platforms.names);
const AFTER = new Set(platforms.after);
// "wrote on Twitter", "announced via the Facebook page", "posted on his Instagram": a marker, then
// at most one determiner, right before the name (built once from the lexicon)
const MARKED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${platforms.before.join("|")})\\s+(?:(?:${platforms.between.join("|")})\\s+)?$`,
  "iu",
);
const NEXT_WORD = /^\s+([a-z]+)/;
// How much text before and after the name is read (characters).
const REACH = 24;

/**
 * A platform named only as where something was said or shown ("wrote on Twitter", "his
 * Instagram account", "a YouTube video") is no participant: such a mention makes its actor
 * tentative, kept only when it is also named otherwise ("Twitter suspended the account") or
 * an item names it (see drop-idle-counted.ts).
 */
export function markPlatformMentions(mentions: Mention[], notes: MentionNote[], text: string): void {
  mentions.forEach((m, i) => {
    if (m.via !== "name" || (m.kind !== "organization" && m.kind !== "media")) return;
    const n = notes[i] as MentionNote;
    if (!NAMES.has(n.name.toLowerCase())) return;
    const after = NEXT_WORD.exec(text.slice(m.end, m.end + REACH))?.[1];
    if ((after && AFTER.has(after)) || MARKED_BEFORE.test(text.slice(Math.max(0, m.start - REACH), m.start)))
      n.tentative = true;
  });
}
