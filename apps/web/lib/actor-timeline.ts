export interface TimelineEntry {
  id: string;
  date: string | null;
  kind: "claim" | "accusation made" | "accusation received" | "denial" | "response given" | "response received";
  text: string;
  articleId: string | null;
}

interface Item {
  id?: string | null;
  date?: string | null;
  article?: { id?: string | null } | null;
  evidence?: { text?: string | null } | null;
  content?: { text?: string | null } | null;
}

/** Everything an actor said, did and had done to it, newest first; undated items last. */
export function actorTimeline(groups: { kind: TimelineEntry["kind"]; items: readonly Item[] }[]): TimelineEntry[] {
  const seen = new Set<string>();
  const entries: TimelineEntry[] = [];
  for (const { kind, items } of groups) {
    for (const item of items) {
      if (!item.id || seen.has(`${kind}:${item.id}`)) continue;
      seen.add(`${kind}:${item.id}`);
      entries.push({
        id: item.id,
        date: item.date ?? null,
        kind,
        text: item.evidence?.text ?? item.content?.text ?? "",
        articleId: item.article?.id ?? null,
      });
    }
  }
  return entries.sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  });
}
