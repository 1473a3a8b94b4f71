import type { ArticlePageQuery } from "@/generated/graphql";
import type { Annotation } from "./annotations";
import type { ArticleView, PanelItem } from "./article-view";
import { humanize } from "./palette";

type ApiArticle = NonNullable<ArticlePageQuery["article"]>;
type Span = { start?: number | null; end?: number | null } | null | undefined;
type Named = { id?: string | null; name?: string | null } | null | undefined;

const actorHref = (actor: Named) =>
  actor?.id ? [{ label: actor.name ?? actor.id, href: `/actors/${encodeURIComponent(actor.id)}` }] : [];
const names = (actors: readonly Named[] | null | undefined) => (actors ?? []).map((a) => a?.name ?? "?").join(", ");

function span(...parts: Span[]): { start: number; end: number } | null {
  const usable = parts.filter(
    (p): p is { start: number; end: number } => typeof p?.start === "number" && typeof p?.end === "number",
  );
  if (usable.length === 0) return null;
  return { start: Math.min(...usable.map((p) => p.start)), end: Math.max(...usable.map((p) => p.end)) };
}

/** A stored article in the reader's shape, every item linking to the actors it names. */
export function apiArticleView(article: ApiArticle): ArticleView {
  const annotations: Annotation[] = [];
  const items: PanelItem[] = [];
  const add = (item: Omit<PanelItem, "start">, at: { start: number; end: number } | null) => {
    if (!item.id || !at) return;
    items.push({ ...item, start: at.start });
    annotations.push({ id: item.id, itemId: item.id, kind: item.kind, start: at.start, end: at.end });
  };
  for (const a of article.accusations ?? []) {
    add(
      {
        id: a.id ?? "",
        kind: "accusation",
        title: `${a.accuser?.name ?? "?"} → ${names(a.accused)}`,
        evidence: a.evidence?.text ?? "",
        facts: [a.category ? humanize(a.category) : null, a.date].filter((f): f is string => !!f),
        links: [...actorHref(a.accuser), ...(a.accused ?? []).flatMap(actorHref)],
      },
      span(a.evidence),
    );
  }
  for (const d of article.denials ?? []) {
    add(
      {
        id: d.id ?? "",
        kind: "denial",
        title: `${d.denier?.name ?? "?"} denies`,
        evidence: d.evidence?.text ?? "",
        facts: [d.date].filter((f): f is string => !!f),
        links: [
          ...actorHref(d.denier),
          ...(d.respondsTo?.id
            ? [{ label: "the accusation it answers", href: `?item=${encodeURIComponent(d.respondsTo.id)}` }]
            : []),
        ],
      },
      span(d.evidence),
    );
  }
  for (const r of article.responses ?? []) {
    add(
      {
        id: r.id ?? "",
        kind: "response",
        title: `${r.actor?.name ?? "?"}: ${humanize(r.type ?? "response")}${r.targets?.length ? ` → ${names(r.targets)}` : ""}`,
        evidence: r.evidence?.text ?? "",
        facts: [r.modality, r.date].filter((f): f is string => !!f),
        links: [
          ...actorHref(r.actor),
          ...(r.targets ?? []).flatMap(actorHref),
          ...(r.respondsTo?.id
            ? [
                {
                  label: `in response to this ${r.respondsTo.__typename.toLowerCase()}`,
                  href: `?item=${encodeURIComponent(r.respondsTo.id)}`,
                },
              ]
            : []),
        ],
      },
      span(r.evidence),
    );
  }
  for (const c of article.claims ?? []) {
    add(
      {
        id: c.id ?? "",
        kind: "claim",
        title: `${c.speaker?.name ?? "Someone"} said`,
        evidence: c.content?.text ?? c.evidence?.text ?? "",
        facts: c.kind ? [c.kind] : [],
        links: actorHref(c.speaker),
      },
      span(c.source, c.cue, c.content) ?? span(c.evidence),
    );
  }
  const mentionsOf = new Map<string, { start: number; end: number }[]>();
  for (const m of article.mentions ?? []) {
    const at = span(m);
    if (!m.actor?.id || !at) continue;
    mentionsOf.set(m.actor.id, [...(mentionsOf.get(m.actor.id) ?? []), at]);
  }
  for (const entry of article.actors ?? []) {
    const id = entry.actor?.id;
    const mentions = id ? (mentionsOf.get(id) ?? []) : [];
    const first = mentions[0];
    if (!id || !first) continue;
    items.push({
      id,
      kind: "actor",
      title: entry.name ?? entry.actor?.name ?? id,
      evidence: `${mentions.length} mention${mentions.length === 1 ? "" : "s"}`,
      facts: [entry.actor?.kind, entry.title].filter((f): f is string => !!f),
      start: first.start,
      links: actorHref(entry.actor),
    });
    mentions.forEach((m, index) => {
      annotations.push({ id: `${id}#${index}`, itemId: id, kind: "actor", start: m.start, end: m.end });
    });
  }
  const paragraphs = (article.paragraphs ?? []).flatMap((p) => span(p) ?? []);
  return { text: article.text ?? "", paragraphs, annotations, items };
}
