import publishers from "../../data/publishers.json";

const secondLevel = new Set(publishers.secondLevelSuffixes);

/**
 * The publisher named at the front of a file's name, before its date
 * ("nyt_2016-01-20_slug.txt", "wash-post_2016-09-01_slug.txt",
 * "usatoday-2019-05-02-slug.html"), when it points at exactly one known
 * publisher. Archives name saved articles outlet first, so for a text with
 * no URL and no dateline credit this is the best word on who published it.
 * A line of a batch ("feed-2016-01-20.jsonl:7") may come from anywhere, so
 * the batch file's name says nothing about that record.
 */
export function sourceInFileName(path: string): string | null {
  if (/:\d+$/.test(path)) return null;
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const dated = /^([a-z][a-z-]*?)[-_](?:19|20)\d{2}-\d{2}-\d{2}(?!\d)/i.exec(name);
  const outlet = dated?.[1]?.toLowerCase();
  if (!outlet) return null;
  // The closest spelling wins: the name itself, then the site, then initials or word starts.
  for (const tier of [spellsName, spellsHost, abbreviatesName]) {
    const found = new Set<string>();
    for (const [host, site] of Object.entries(publishers.sites)) {
      if (tier(outlet, host, site.name)) found.add(site.name);
    }
    if (found.size) return found.size === 1 ? ([...found][0] as string) : null;
  }
  return null;
}

const squeeze = (s: string) => s.replace(/[^a-z0-9]/g, "");
const nameWords = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .split(/[\s/]+/)
    .filter((w) => /^[a-z]/.test(w));

/** "politico" → Politico, "usa-today" → USA Today. */
function spellsName(outlet: string, _host: string, name: string): boolean {
  return squeeze(outlet) === squeeze(nameWords(name).join(""));
}

/** "huff-post" → huffpost.com: the registrable label, not a subdomain such as news.sky.com's "news". */
function spellsHost(outlet: string, host: string): boolean {
  const labels = host.split(".");
  const suffixLength = secondLevel.has(labels.slice(-2).join(".")) ? 2 : 1;
  return squeeze(outlet) === (labels[labels.length - suffixLength - 1] ?? "");
}

/** Initials ("nyt" → The New York Times) or the starts of the name's words in order ("wash-post" → The Washington Post). */
function abbreviatesName(outlet: string, _host: string, name: string): boolean {
  const parts = outlet.split("-").filter((p) => p);
  const words = nameWords(name);
  if (parts.length === 1 && outlet.length >= 2 && words.length >= 2 && words.map((w) => w[0]).join("") === outlet)
    return true;
  return (
    parts.length >= 2 &&
    parts.length === words.length &&
    parts.every((p, i) => p.length >= 3 && (words[i] as string).startsWith(p))
  );
}
