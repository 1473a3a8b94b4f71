/**
 * Text whose UTF-8 was read as Latin-1 ("TomÃ¡s", "GarcÃ­a", "JesÃ\u0083Âºs"), sometimes
 * normalised after ("JesA\u0303os": the "Ã" as "A" and a combining tilde): each accented
 * letter became a lead character (Â, Ã, Ä, Å) and a tail from U+0080–U+00BF, which is no
 * letter, so a word would end inside the name. Whether the character at `i`, inside a word,
 * is such a tail and so continues the word. A C1 control (U+0080–U+009F) never stands in
 * clean text; a sign from U+00A1–U+00BF ("¡", "­", "©") continues a word only right after a
 * lead character, and so does a space before a combining mark there, so clean text reads as before.
 */
export function continuesMisreadLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // "SÃ©golÃ ̈ne": a tail sign ("¨", "¯") that compatibility normalising split into a space and
  // a combining mark
  if (c === 0x20) return afterLead(text, i) && isCombiningMark(text.charCodeAt(i + 1));
  if (c < 0x80 || c > 0xbf || c === 0xa0) return false;
  if (c <= 0x9f) return true;
  return afterLead(text, i);
}

// Â, Ã, Ä, Å: the Latin-1 reading of the UTF-8 lead bytes of the Latin letters past ASCII
const LEAD_FIRST = 0xc2;
const LEAD_LAST = 0xc5;
// the same leads decomposed: "A" and a combining circumflex, tilde, diaeresis or ring
const COMBINING_LEAD_MARKS = new Set([0x302, 0x303, 0x308, 0x30a]);

const isCombiningMark = (c: number) => c >= 0x300 && c <= 0x36f;

function afterLead(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  if (p >= LEAD_FIRST && p <= LEAD_LAST) return true;
  return COMBINING_LEAD_MARKS.has(p) && text.charCodeAt(i - 2) === 65;
}
