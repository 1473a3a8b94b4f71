import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { clauseStart, ownAct } from "./accusation-doer.js";
import { actorMentions } from "./actor-roles.js";
import { QUOTE_MARKS } from "./quote-marks.js";
import type { Token } from "./tokens.js";

// "The CIA believes the crown prince ordered Khashoggi's killing", after
// "Crown Prince Mohammad bin Salman": a wrong's subject may be a definite
// description the actor stage left unlinked, though the story gives it as
// one actor's title, before his name ("Crown Prince Mohammad bin Salman",
// "French President Emmanuel Macron") or as the title it learned ("the
// senator" of Senator Ada Marlow). The doer is that actor when only one
// actor of the story bears the title, and never the speaker.

/** Words that may open the clause before its subject: "So the senator ...". */
const OPENERS = new Set(["so", "now", "yet", "instead", "still", "then", "again", ","]);
/** "If the senator lied": a supposed wrong accuses no one. */
const SUPPOSING = new Set(["if", "unless", "whether"]);
/** A description is one to three words after "the": "the crown prince", "the French foreign minister". */
const MAX_WORDS = 3;

/**
 * The doer of the wrong at token `wrong` in content [from, ...) spoken by
 * `speaker`, when its clause opens on "the" and a title that one actor of the
 * story bears and none other; else null.
 */
export function describedDoer(doc: Doc, tokens: Token[], from: number, wrong: number, speaker: string): string | null {
  const start = clauseStart(tokens, from, wrong);
  if (SUPPOSING.has(tokens[start - 1]?.lower ?? "")) return null;
  let k = start;
  while (k < wrong && (QUOTE_MARKS.has((tokens[k] as Token).lower) || OPENERS.has((tokens[k] as Token).lower))) k++;
  if (tokens[k]?.lower !== "the") return null;
  // the longest title first: "the French president" before "the president"
  for (let n = Math.min(MAX_WORDS, wrong - k - 1); n >= 1; n--) {
    const words = tokens.slice(k + 1, k + 1 + n);
    if (!words.every((t) => /^\p{L}+$/u.test(t.lower))) continue;
    if (!ownAct(tokens, k + 1 + n, wrong, k)) continue;
    const title = words.map((t) => t.lower).join(" ");
    const holders = titleHolders(doc, title, (tokens[k] as Token).start);
    holders.delete(speaker);
    if (holders.size === 1) return [...holders][0] as string;
    if (holders.size > 1) return null;
  }
  return null;
}

/** The person actors the story calls by `title` before `before`: as their learned title, or right before their name. */
function titleHolders(doc: Doc, title: string, before: number): Set<string> {
  const out = new Set<string>();
  for (const a of doc.actors) {
    if (a.kind !== "person") continue;
    const own = a.title?.toLowerCase() ?? "";
    if (own === title || own.endsWith(` ${title}`)) out.add(a.id);
  }
  const text = doc.text.toLowerCase();
  for (const m of actorMentions(doc)) {
    if (m.start >= before) break;
    if (m.via === "pronoun" || actorKind(doc, m.actor) !== "person") continue;
    // "Crown Prince Mohammad bin Salman": the title ends right before the name, or opens the named mention
    const at = text.indexOf(`${title} `, Math.max(0, m.start - title.length - 1));
    if (at < 0 || at > m.start || at + title.length >= m.end) continue;
    if (at > 0 && /\p{L}/u.test(text.charAt(at - 1))) continue;
    out.add(m.actor);
  }
  return out;
}
