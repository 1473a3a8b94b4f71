"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { AccusationCard } from "@/components/items/accusation-card";
import { ResponseCard } from "@/components/items/response-card";
import type { ActorHeaderQuery } from "@/generated/graphql";
import type { ActorTab } from "@/lib/actor-tabs";
import { dayOf } from "@/lib/format-date";
import { itemHref } from "@/lib/item-href";
import {
  actorAccusationsQuery,
  actorArticlesQuery,
  actorClaimsQuery,
  actorDenialsQuery,
  actorResponsesQuery,
} from "@/queries/actor-tabs";
import { nodes, pending, Section } from "./section";
import { TimelinePanel } from "./timeline-panel";

type Counts = NonNullable<ActorHeaderQuery["actor"]>["counts"];

function AccusationsPanel({ id, counts }: { id: string; counts: Counts }) {
  const query = useQuery(actorAccusationsQuery(id));
  if (!query.data) return pending(query);
  const lists = [
    ["Accusations made", counts.accusationsMade, nodes(query.data.accusationsMade)],
    ["Accusations received", counts.accusationsReceived, nodes(query.data.accusationsReceived)],
  ] as const;
  return lists.map(([title, total, items]) => (
    <Section key={title} title={title} total={total}>
      <ul className="item-list">
        {items.map((a) => (
          <li key={a.id}>
            <AccusationCard accusation={a} />
          </li>
        ))}
      </ul>
    </Section>
  ));
}

function ResponsesPanel({ id, counts }: { id: string; counts: Counts }) {
  const query = useQuery(actorResponsesQuery(id));
  if (!query.data) return pending(query);
  const lists = [
    ["Responses given", counts.responsesGiven, nodes(query.data.responsesGiven)],
    ["Responses received", counts.responsesReceived, nodes(query.data.responsesReceived)],
  ] as const;
  return lists.map(([title, total, items]) => (
    <Section key={title} title={title} total={total}>
      <ul className="item-list">
        {items.map((r) => (
          <li key={r.id}>
            <ResponseCard response={r} />
          </li>
        ))}
      </ul>
    </Section>
  ));
}

function DenialsPanel({ id, counts }: { id: string; counts: Counts }) {
  const query = useQuery(actorDenialsQuery(id));
  if (!query.data) return pending(query);
  return (
    <Section title="Denials" total={counts.denials}>
      <ul className="item-list">
        {nodes(query.data.denials).map((d) => (
          <li key={d.id}>
            <Link href={itemHref(d.article?.id, d.id) ?? "#"}>{d.evidence?.text}</Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function ClaimsPanel({ id, counts }: { id: string; counts: Counts }) {
  const query = useQuery(actorClaimsQuery(id));
  if (!query.data) return pending(query);
  return (
    <Section title="Claims" total={counts.claims}>
      <ul className="item-list">
        {nodes(query.data.claims).map((c) => (
          <li key={c.id}>
            <Link href={itemHref(c.article?.id, c.id) ?? "#"}>{c.content?.text}</Link>{" "}
            <span className="muted">{c.date ?? ""}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function ArticlesPanel({ id, counts }: { id: string; counts: Counts }) {
  const query = useQuery(actorArticlesQuery(id));
  if (!query.data) return pending(query);
  return (
    <Section title="Articles" total={counts.articles}>
      <ul className="item-list">
        {nodes(query.data.actor?.articles).map((a) => (
          <li key={a.id}>
            <Link href={itemHref(a.id, null) ?? "#"}>{a.title ?? "(untitled)"}</Link>{" "}
            <span className="muted">
              {a.source ?? ""} {dayOf(a.publishedAt)}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The open tab's lists, each tab its own query; their totals are the header's counts. */
export function ActorTabPanel({ id, tab, counts }: { id: string; tab: ActorTab; counts: Counts }) {
  switch (tab) {
    case "timeline":
      return <TimelinePanel id={id} />;
    case "accusations":
      return <AccusationsPanel id={id} counts={counts} />;
    case "responses":
      return <ResponsesPanel id={id} counts={counts} />;
    case "denials":
      return <DenialsPanel id={id} counts={counts} />;
    case "claims":
      return <ClaimsPanel id={id} counts={counts} />;
    case "articles":
      return <ArticlesPanel id={id} counts={counts} />;
  }
}
