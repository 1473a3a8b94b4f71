// Letters that carry no mark NFD can strip ("ı" in "Erdoğan" spelt "Erdogan" is the dotless i).
const PLAIN: Record<string, string> = { ı: "i", ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ß: "ss", æ: "ae" };

// (a module constant: tsx's esbuild turns a \p{...} literal into `new RegExp` at each use)
const MARKS = /\p{M}+/gu;
/**
 * A name without its diacritics, so that "Erdoğan" and "Erdogan", "Vázquez" and
 * "Vazquez" compare equal: news copy drops accents as often as it keeps them.
 * ASCII names (most of them) are returned as they are, without normalising.
 */
export function foldName(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 128;
  if (ascii) return s;
  return s
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(/[ıłŁøØđĐßæ]/g, (c) => PLAIN[c] ?? c);
}

const ARTICLE_PREFIX = /^(?:Al|El|Ad|Ar|As|At|Az)-/;
/**
 * "Al-Quaety" for "al-Quaety": the Arabic article that a surname carries in lower case
 * inside a full name is capitalised when the surname opens a sentence or stands alone;
 * the lower-case form, or null when the name has no such article.
 */
export function lowerArticle(s: string): string | null {
  return ARTICLE_PREFIX.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : null;
}
