/**
 * Index of the first item that starts at or after `offset` in a list sorted by
 * start (the list's length when none does). Tokens, mentions, hints and places
 * are all kept in text order, so every stage finds its place by halving.
 */
export function firstStartingAt(items: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
