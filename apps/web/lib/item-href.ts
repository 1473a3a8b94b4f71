/** The article page with an item selected: the words that support it are outlined and scrolled to. */
export function itemHref(articleId: string | null | undefined, itemId: string | null | undefined): string | null {
  if (!articleId) return null;
  const base = `/articles/${encodeURIComponent(articleId)}`;
  return itemId ? `${base}?item=${encodeURIComponent(itemId)}` : base;
}

/** Only web links leave the dashboard: an article's URL is untrusted input. */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
