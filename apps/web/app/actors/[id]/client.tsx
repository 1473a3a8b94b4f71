"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccusationCard } from "@/components/items/accusation-card";
import { ActorLink } from "@/components/items/actor-names";
import { ResponseCard } from "@/components/items/response-card";
import { QueryError } from "@/components/query-error";
import { actorTimeline } from "@/lib/actor-timeline";
import { dayOf } from "@/lib/format-date";
import { itemHref } from "@/lib/item-href";
import { humanize } from "@/lib/palette";
import { actorQuery } from "@/queries/actor";

function Section({ title, total, children }: { title: string; total: number | null | undefined; children: ReactNode }) {
  return (
    <section className="actor-section">
      <h2>
        {title} ({total ?? 0})
      </h2>
      {total ? children : <p className="muted">None.</p>}
    </section>
  );
}

export function ActorClient({ id }: { id: string }) {
  const query = useQuery(actorQuery(id));
  if (query.isPending) return <p className="muted">Loading…</p>;
  if (query.isError) return <QueryError what="this actor" error={query.error} onRetry={query.refetch} />;
  const data = query.data;
  const actor = data.actor;
  if (!actor) return <p role="alert">No actor with this id.</p>;
  const nodes = <T,>(connection: { edges: { node: T }[] } | null | undefined) =>
    (connection?.edges ?? []).map((e) => e.node);
  const timeline = actorTimeline([
    { kind: "accusation made", items: nodes(data.accusationsMade) },
    { kind: "accusation received", items: nodes(data.accusationsReceived) },
    { kind: "denial", items: nodes(data.denials) },
    { kind: "response given", items: nodes(data.responsesGiven) },
    { kind: "response received", items: nodes(data.responsesReceived) },
    { kind: "claim", items: nodes(data.claimsMade) },
  ]);
  const counts = actor.counts;
  return (
    <>
      <h1>{actor.name}</h1>
      <p>
        <span className="badge">{humanize(actor.kind ?? "actor")}</span>
        {actor.code ? <span className="badge">{actor.code}</span> : null}
        {actor.title ? <span> · {actor.title}</span> : null}
        {actor.affiliation ? (
          <span>
            {" "}
            · for <ActorLink actor={actor.affiliation} />
          </span>
        ) : null}
      </p>
      {actor.aliases?.length ? <p className="muted">Also called: {actor.aliases.join(", ")}</p> : null}
      {counts ? (
        <ul className="stats" aria-label="Counts">
          <li>
            <strong>{counts.articles}</strong> articles
          </li>
          <li>
            <strong>{counts.claims}</strong> claims
          </li>
          <li>
            <strong>{counts.accusationsMade}</strong> accusations made
          </li>
          <li>
            <strong>{counts.accusationsReceived}</strong> received
          </li>
          <li>
            <strong>{counts.denials}</strong> denials
          </li>
          <li>
            <strong>{counts.responsesGiven}</strong> responses given
          </li>
          <li>
            <strong>{counts.responsesReceived}</strong> received
          </li>
        </ul>
      ) : null}
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
      <Section title="Accusations made" total={data.accusationsMade?.totalCount}>
        <ul className="item-list">
          {nodes(data.accusationsMade).map((a) => (
            <li key={a.id}>
              <AccusationCard accusation={a} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Accusations received" total={data.accusationsReceived?.totalCount}>
        <ul className="item-list">
          {nodes(data.accusationsReceived).map((a) => (
            <li key={a.id}>
              <AccusationCard accusation={a} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Denials" total={data.denials?.totalCount}>
        <ul className="item-list">
          {nodes(data.denials).map((d) => (
            <li key={d.id}>
              <Link href={itemHref(d.article?.id, d.id) ?? "#"}>{d.evidence?.text}</Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Responses given" total={data.responsesGiven?.totalCount}>
        <ul className="item-list">
          {nodes(data.responsesGiven).map((r) => (
            <li key={r.id}>
              <ResponseCard response={r} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Responses received" total={data.responsesReceived?.totalCount}>
        <ul className="item-list">
          {nodes(data.responsesReceived).map((r) => (
            <li key={r.id}>
              <ResponseCard response={r} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Claims" total={data.claimsMade?.totalCount}>
        <ul className="item-list">
          {nodes(data.claimsMade).map((c) => (
            <li key={c.id}>
              <Link href={itemHref(c.article?.id, c.id) ?? "#"}>{c.content?.text}</Link>{" "}
              <span className="muted">{c.date ?? ""}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Articles" total={actor.articles?.totalCount}>
        <ul className="item-list">
          {nodes(actor.articles).map((a) => (
            <li key={a.id}>
              <Link href={itemHref(a.id, null) ?? "#"}>{a.title ?? "(untitled)"}</Link>{" "}
              <span className="muted">
                {a.source ?? ""} {dayOf(a.publishedAt)}
              </span>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
