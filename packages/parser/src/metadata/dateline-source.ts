import publishers from "../../data/publishers.json";

const agencies: Record<string, string> = publishers.agencies;

/**
 * The wire service a dateline credits at the start of the body:
 * "MOSCOW (Reuters) - ...", "WASHINGTON, March 17 (AP) — ...". Only known
 * agencies count, so a parenthesis in an ordinary first sentence is ignored.
 */
export function datelineSource(body: string): string | null {
  // The dateline opens the first paragraph, perhaps after a page line or two ("3 min read").
  const lines = body
    .slice(0, 600)
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, 3);
  for (const line of lines) {
    const m = /^\s*[\p{Lu}][\p{Lu}\p{L} .,'’-]{1,60}\(([^()\n]{2,30})\)\s*[-—–:]/u.exec(line);
    const agency = m?.[1] ? agencies[m[1].trim()] : undefined;
    if (agency) return agency;
  }
  return null;
}
