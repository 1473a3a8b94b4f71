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
 * The packed keys live in a small open-addressed table of integers (a probe
 * or two, where a Map lookup runs its generic hashing for every token); the
 * rare unpackable keys in a Map.
 */
export class WordKeys<V> {
  private readonly firstTwo = new Uint8Array(65536);
  /** Packed key + 1 per slot (0: empty); capacity a power of two, at most half full. */
  private slots = new Int32Array(16);
  private values: (V | undefined)[] = new Array(16);
  private size = 0;
  private readonly other = new Map<string, V>();

  set(word: string, value: V): void {
    this.firstTwo[pairOf(word)] = 1;
    const key = wordKey(word);
    if (typeof key === "string") {
      this.other.set(key, value);
      return;
    }
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    this.put(key, value);
  }

  get(word: string): V | undefined {
    if (this.firstTwo[pairOf(word)] !== 1) return undefined;
    const a = word.charCodeAt(0);
    const b = word.length > 1 ? word.charCodeAt(1) : 0;
    const c = word.length > 2 ? word.charCodeAt(2) : 0;
    if (!(a < 1024 && b < 1024 && c < 1024)) return this.other.get(word.slice(0, 3));
    const stored = (a | (b << 10) | (c << 20)) + 1;
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let i = slotOf(stored, mask); ; i = (i + 1) & mask) {
      const s = slots[i] as number;
      if (s === stored) return this.values[i];
      if (s === 0) return undefined;
    }
  }

  private put(key: number, value: V): void {
    const stored = key + 1;
    const mask = this.slots.length - 1;
    let i = slotOf(stored, mask);
    while (this.slots[i] !== 0 && this.slots[i] !== stored) i = (i + 1) & mask;
    if (this.slots[i] === 0) this.size++;
    this.slots[i] = stored;
    this.values[i] = value;
  }

  private grow(): void {
    const slots = this.slots;
    const values = this.values;
    this.slots = new Int32Array(slots.length * 2);
    this.values = new Array(slots.length * 2);
    this.size = 0;
    for (let i = 0; i < slots.length; i++) if (slots[i] !== 0) this.put((slots[i] as number) - 1, values[i] as V);
  }
}

// the first two letters' low bytes: distinct letters may share a slot, which only lets more words through
const pairOf = (word: string): number => ((word.charCodeAt(0) & 255) << 8) | (word.charCodeAt(1) & 255);
// Fibonacci hashing of a packed key (below 2^30) into the table
const slotOf = (stored: number, mask: number): number => (Math.imul(stored, 0x9e3779b1) >>> 16) & mask;
