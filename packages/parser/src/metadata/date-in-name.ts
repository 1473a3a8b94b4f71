/**
 * The date in a file's name ("nyt_2016-01-20_in-prisoner-swap.txt",
 * "2021-03-17-expulsions.html"), as YYYY-MM-DD, or null. Archives and people
 * saving articles name them by their day of publication, so it stands in for
 * the publication date of an article that states none (its own date wins).
 * A line of a batch ("feed-2016-01-20.jsonl:7") is one of many records, so
 * the batch file's date is not that record's.
 */
export function dateInFileName(path: string): string | null {
  if (/:\d+$/.test(path)) return null;
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const found = /(?:^|\D)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/.exec(name);
  if (!found) return null;
  const [, year, month, day] = found as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(+year, +month - 1, +day));
  // Reject impossible days (2016-02-30) rather than let Date roll them over.
  if (date.getUTCMonth() !== +month - 1 || date.getUTCDate() !== +day) return null;
  return `${year}-${month}-${day}`;
}
