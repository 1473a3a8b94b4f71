// A word's first three letters packed into one small integer: an index key
// that costs no new string and no string hashing per token (a fresh word's
// first lookup in a Map of strings hashes all of it). Letters beyond the
// packable range give the three letters themselves.
export function wordKey(word: string): number | string {
  const a = word.charCodeAt(0);
  const b = word.length > 1 ? word.charCodeAt(1) : 0;
  const c = word.length > 2 ? word.charCodeAt(2) : 0;
  return a < 1024 && b < 1024 && c < 1024 ? a | (b << 10) | (c << 20) : word.slice(0, 3);
}
