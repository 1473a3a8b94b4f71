import { gazetteer } from "../entities/lexicon.js";
import type { MentionNote } from "../entities/mention-note.js";
import type { Mention } from "../model.js";

// (a module constant: tsx's esbuild turns a \p{...} literal into `new RegExp` at each use)
const SPACE_CAPITAL = /^ \p{Lu}/u;

// How far after a bare body its clause may place it (characters): "Police arrested three activists in Hong Kong".
const CLAUSE_SPAN = 90;

/**
 * The state a bare body's own clause places it in: "Police in Minsk
 * detained ...", "Police arrested three activists in Hong Kong on Monday".
 * The first place after "in" before the clause ends decides, else a place
 * opening the sentence ("In Hong Kong, police ..."): a country or
 * territory stands for itself, a capital or listed city for its country.
 * Checked before the article's most-named country, which is only a guess.
 */
export function placedBody(mentions: Mention[], notes: MentionNote[], at: number, text: string): string | null {
  const body = mentions[at] as Mention;
  // an embassy or consulate stands in the host's land by nature: its place is no clue to its state
  if (ABROAD.has((notes[at] as MentionNote).bareBody?.split(" ").pop() ?? "")) return null;
  for (let j = at + 1; j < mentions.length; j++) {
    const m = mentions[j] as Mention;
    if (m.start - body.end > CLAUSE_SPAN || clauseEnds(text, body.end, m.start, true)) break;
    // "strike follows attacks on the US Embassy in Iraq": the place is another name's
    if (m.kind === "person" || m.kind === "organization" || m.kind === "media") break;
    if (m.kind !== "country" && m.kind !== "location") continue;
    // "a gathering in Victoria Park": a place that opens a longer name is not that place
    if (SPACE_CAPITAL.test(text.slice(m.end, m.end + 2))) break;
    if (!/\bin (?:the )?$/.test(text.slice(Math.max(body.end, m.start - 8), m.start))) continue;
    return codeOf(m, notes[j] as MentionNote, text);
  }
  // "In Hong Kong, police arrested ...": a place that opens the body's sentence
  for (let j = at - 1; j >= 0; j--) {
    const m = mentions[j] as Mention;
    if (body.start - m.end > CLAUSE_SPAN || clauseEnds(text, m.end, body.start)) return null;
    if (m.kind !== "country" && m.kind !== "location") continue;
    if (!/(?:^|[.!?]\s+|\n)In (?:the )?$/.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    return codeOf(m, notes[j] as MentionNote, text);
  }
  return null;
}

function codeOf(m: Mention, n: MentionNote, text: string): string | null {
  if (m.kind === "country" && m.via === "name") return n.code ?? null;
  if (n.code) return n.code;
  const entry = gazetteer.get(text.slice(m.start, m.end)) ?? gazetteer.get(n.name);
  return entry && (entry.type === "capital" || entry.type === "place") ? (entry.code ?? null) : null;
}

const ABROAD = new Set(["embassy", "embassies", "consulate", "consulates"]);

// A sentence's or clause's end between two offsets: ". ", "; ", "! ", "? ", with `comma` also ", ".
function clauseEnds(text: string, from: number, to: number, comma = false): boolean {
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (comma && c === ",") return true;
    if ((c === "." || c === ";" || c === "!" || c === "?") && /\s/.test(text[k + 1] ?? " ")) return true;
  }
  return false;
}
