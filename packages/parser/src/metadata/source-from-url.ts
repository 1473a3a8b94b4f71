import publishers from "../../data/publishers.json";

interface Site {
  name: string;
  urlTimestamp?: boolean;
}

const sites: Record<string, Site> = publishers.sites;
const secondLevel = new Set(publishers.secondLevelSuffixes);

export function hostOf(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@\s]+)/i.exec(url.trim());
  return m?.[1] ? m[1].toLowerCase().replace(/^(?:www\d*|m|amp|mobile)\./, "") : null;
}

/** The known site entry for a host or its nearest listed parent domain. */
export function siteOf(url: string): Site | null {
  let host = hostOf(url);
  while (host) {
    const site = sites[host];
    if (site) return site;
    const dot = host.indexOf(".");
    host = dot < 0 ? null : host.slice(dot + 1);
  }
  return null;
}

/**
 * The publisher's name: from the data file when the site is known, otherwise
 * the registrable part of the host, capitalized ("example-news.com" → "Example News").
 */
export function sourceFromUrl(url: string): string | null {
  const site = siteOf(url);
  if (site) return site.name;
  const host = hostOf(url);
  if (!host || /^\d+(\.\d+){3}$/.test(host)) return null;
  const labels = host.split(".");
  const suffixLength = secondLevel.has(labels.slice(-2).join(".")) ? 2 : 1;
  const label = labels[labels.length - suffixLength - 1];
  if (!label) return null;
  return label
    .split(/[-_]/)
    .filter((w) => w)
    .map((w) => (w.length <= 3 ? w.toUpperCase() : w[0]?.toUpperCase() + w.slice(1)))
    .join(" ");
}
