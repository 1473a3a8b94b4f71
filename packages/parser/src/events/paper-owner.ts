import type { Doc } from "../doc.js";
import { closelyTied, mentionsIn } from "./actor-roles.js";
import type { Token } from "./tokens.js";

// "dismissed the lawsuit filed by Acme", "struck down Moldova's decree",
// "defied the order of the court", "upheld the conviction of Novak": an act
// on another's paper or act (a suit, a law, a ruling, a verdict) is aimed at
// the one the paper belongs to or is about, whom its noun phrase names.

const POSSESSIVE = /^['’]s?\s/;
// "the law passed by Moldova": a participle between the paper and its "by"
const MADE = new Set([
  "filed",
  "brought",
  "lodged",
  "passed",
  "imposed",
  "issued",
  "signed",
  "ordered",
  "made",
  "introduced",
  "adopted",
  "enacted",
  "handed",
  "announced",
  "crafted",
  "drafted",
  "proposed",
  "written",
  "sponsored",
  "negotiated",
  "brokered",
  "reached",
]);
// "the conviction of Novak", "the offer from Germany", "the case against Novak"
const LINKS = new Set(["by", "of", "from", "against"]);
const ARTICLES = new Set(["the", "a", "an"]);
const REACH = 3;

/** Whose paper the cue's noun phrase names (possessor inside the cue, else after "by" / "of" / "from" / "against"). */
export function paperOwner(
  doc: Doc,
  tokens: Token[],
  first: number,
  last: number,
  to: number,
  actor: string,
): string[] {
  const head = tokens[first] as Token;
  const end = tokens[last] as Token;
  const keep = (id: string | undefined) => (id && !closelyTied(doc, id, actor) ? [id] : []);
  const possessor = mentionsIn(doc, head.end, end.start).find((x) => POSSESSIVE.test(doc.text.slice(x.end, x.end + 3)));
  if (possessor) return keep(possessor.actor);
  for (let k = last + 1; k < to && k <= last + REACH; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return [];
    if (MADE.has(t.lower) && tokens[k + 1]?.lower === "by") continue;
    if (!LINKS.has(t.lower)) continue;
    // the name right after the link, with or without its article ("of the Federal Tribunal")
    const at = tokens[k + 1];
    if (!at || k + 1 >= to) return [];
    const skip = ARTICLES.has(at.lower) ? tokens[k + 2] : undefined;
    // "the request of (French) President Tomas Berg": the last name in the run of capitalised words,
    // past a title that starts no mention, or a demonym's that the name after it outranks
    const titled = titledName(doc, tokens, skip ? k + 2 : k + 1, to);
    if (titled) return keep(titled);
    const named = mentionsIn(doc, at.start, at.start + 80)[0];
    return named && (named.start === at.start || named.start === skip?.start) ? keep(named.actor) : [];
  }
  return [];
}

const TITLE_WORDS = 4;

/** The last mention starting within the run of capitalised words from token i ("French President Tomas Berg"). */
function titledName(doc: Doc, tokens: Token[], i: number, to: number): string | null {
  let last: string | null = null;
  for (let k = i; k < to && k < i + TITLE_WORDS + 1; k++) {
    const t = tokens[k] as Token;
    const c = doc.text.charCodeAt(t.start);
    if (t.punct || c < 65 || c > 90) break;
    const starting = mentionsIn(doc, t.start, t.end + 80)[0];
    if (starting && starting.start === t.start) {
      last = starting.actor;
      // a name longer than one word ends the run: what follows it is no title
      if (starting.end > t.end) break;
    }
  }
  return last;
}
