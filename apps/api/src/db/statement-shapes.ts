// SQLite statements are prepared once per SQL text (statement-cache.ts), but a list of n values
// written into the SQL gives a new text for every n, so ingest's look-ups by an article's keys
// compiled a fresh statement almost every time. These keep the number of shapes small: lists
// padded to a power of two, rows inserted in power-of-two chunks. Same rows found, same rows stored.

/** `values` padded to the next power of two by repeating its last value (for `in (...)`, where repeats change nothing). */
export function paddedList<T>(values: readonly T[]): T[] {
  const out = [...values];
  if (out.length === 0) return out;
  let size = 1;
  while (size < out.length) size *= 2;
  const last = out[out.length - 1] as T;
  while (out.length < size) out.push(last);
  return out;
}

/** `rows` in order, split into chunks whose sizes are powers of two, largest first (13 rows: 8, 4, 1). */
export function powerOfTwoChunks<T>(rows: readonly T[]): T[][] {
  const chunks: T[][] = [];
  let start = 0;
  while (start < rows.length) {
    let size = 1;
    while (size * 2 <= rows.length - start) size *= 2;
    chunks.push(rows.slice(start, start + size));
    start += size;
  }
  return chunks;
}
