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

/**
 * The keys of a set of words, with a table of their first two letters in
 * front: most words of a text fail that one array read and reach no lookup.
 */
export class WordKeys<V> {
  private readonly firstTwo = new Uint8Array(65536);
  private readonly byKey = new Map<number | string, V>();

  set(word: string, value: V): void {
    this.firstTwo[pairOf(word)] = 1;
    this.byKey.set(wordKey(word), value);
  }

  get(word: string): V | undefined {
    return this.firstTwo[pairOf(word)] === 1 ? this.byKey.get(wordKey(word)) : undefined;
  }
}

// the first two letters' low bytes: distinct letters may share a slot, which only lets more words through
const pairOf = (word: string): number => ((word.charCodeAt(0) & 255) << 8) | (word.charCodeAt(1) & 255);
