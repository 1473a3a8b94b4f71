import type { ParsedArticle } from "@newsgraph/parser";
import type { Annotation } from "./annotations";
import type { ArticleView, PanelItem } from "./article-view";
import { humanize } from "./palette";

/** A parse preview in the reader's shape: nothing is stored yet, so nothing links anywhere. */
export function parsedArticleView(parsed: ParsedArticle): ArticleView {
  const names = new Map(parsed.actors.map((actor) => [actor.id, actor.name]));
  const name = (id: string | null) => (id ? (names.get(id) ?? id) : "someone");
  const slice = (span: { start: number; end: number }) => parsed.text.slice(span.start, span.end);
  const annotations: Annotation[] = [];
  const items: PanelItem[] = [];
  const add = (item: PanelItem, span: { start: number; end: number }) => {
    items.push(item);
    annotations.push({ id: item.id, itemId: item.id, kind: item.kind, start: span.start, end: span.end });
  };
  for (const claim of parsed.claims) {
    const start = Math.min(claim.cue.start, claim.content.start, claim.source?.start ?? Infinity);
    const end = Math.max(claim.cue.end, claim.content.end, claim.source?.end ?? -Infinity);
    add(
      {
        id: claim.id,
        kind: "claim",
        title: `${name(claim.speaker)} said`,
        evidence: slice(claim.content),
        facts: [claim.kind],
        start,
        links: [],
      },
      { start, end },
    );
  }
  for (const accusation of parsed.accusations) {
    add(
      {
        id: accusation.id,
        kind: "accusation",
        title: `${name(accusation.accuser)} → ${accusation.accused.map(name).join(", ")}`,
        evidence: slice(accusation.evidence),
        facts: accusation.category ? [humanize(accusation.category)] : [],
        start: accusation.evidence.start,
        links: [],
      },
      accusation.evidence,
    );
  }
  for (const denial of parsed.denials) {
    add(
      {
        id: denial.id,
        kind: "denial",
        title: `${name(denial.denier)} denies`,
        evidence: slice(denial.evidence),
        facts: [],
        start: denial.evidence.start,
        links: [],
      },
      denial.evidence,
    );
  }
  for (const response of parsed.responses) {
    add(
      {
        id: response.id,
        kind: "response",
        title: `${name(response.actor)}: ${humanize(response.type)}${response.targets.length ? ` → ${response.targets.map(name).join(", ")}` : ""}`,
        evidence: slice(response.evidence),
        facts: [response.modality, ...(response.date ? [response.date.value] : [])],
        start: response.evidence.start,
        links: [],
      },
      response.evidence,
    );
  }
  for (const actor of parsed.actors) {
    const mentions = parsed.mentions.filter((mention) => mention.actor === actor.id);
    const first = mentions[0];
    if (!first) continue;
    items.push({
      id: actor.id,
      kind: "actor",
      title: actor.name,
      evidence: `${mentions.length} mention${mentions.length === 1 ? "" : "s"}`,
      facts: [actor.kind, ...(actor.title ? [actor.title] : [])],
      start: first.start,
      links: [],
    });
    mentions.forEach((mention, index) => {
      annotations.push({
        id: `${actor.id}#${index}`,
        itemId: actor.id,
        kind: "actor",
        start: mention.start,
        end: mention.end,
      });
    });
  }
  return { text: parsed.text, paragraphs: parsed.paragraphs, annotations, items };
}
