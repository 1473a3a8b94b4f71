"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { actorTimeline } from "@/lib/actor-timeline";
import { itemHref } from "@/lib/item-href";
import { actorTimelineQuery } from "@/queries/actor";
import { nodes, pending, Section } from "./section";

/** The default tab: every kind of item, ten of each, newest first, each linked to its place. */
export function TimelinePanel({ id }: { id: string }) {
  const query = useQuery(actorTimelineQuery(id));
  if (!query.data) return pending(query);
  const data = query.data;
  const timeline = actorTimeline([
    { kind: "accusation made", items: nodes(data.accusationsMade) },
    { kind: "accusation received", items: nodes(data.accusationsReceived) },
    { kind: "denial", items: nodes(data.denials) },
    { kind: "response given", items: nodes(data.responsesGiven) },
    { kind: "response received", items: nodes(data.responsesReceived) },
    { kind: "claim", items: nodes(data.claimsMade) },
  ]);
  return (
    <Section title="Timeline" total={timeline.length}>
      <ol className="item-list">
        {timeline.map((entry) => {
          const href = itemHref(entry.articleId, entry.id);
          return (
            <li key={`${entry.kind}:${entry.id}`}>
              <span className="muted">{entry.date ?? "undated"}</span> · <strong>{entry.kind}</strong>:{" "}
              {href ? <Link href={href}>{entry.text}</Link> : entry.text}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
