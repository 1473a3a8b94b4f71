import Link from "next/link";
import type { AccusationPartsFragment } from "@/generated/graphql";
import { itemHref } from "@/lib/item-href";
import { humanize } from "@/lib/palette";
import { ActorLink, ActorNames } from "./actor-names";

/** One accusation with the words that support it and a way to them in the article. */
export function AccusationCard({ accusation }: { accusation: AccusationPartsFragment }) {
  const evidence = accusation.evidence;
  const href = itemHref(accusation.article?.id, accusation.id);
  return (
    <article className="accusation-card" data-accusation={accusation.id}>
      <p>
        <ActorLink actor={accusation.accuser} /> accuses <ActorNames actors={accusation.accused} />
        {accusation.category ? <span className="badge">{humanize(accusation.category)}</span> : null}
        {accusation.date ? <span className="muted"> · {accusation.date}</span> : null}
      </p>
      <blockquote className="evidence">{evidence?.text}</blockquote>
      {evidence?.sentence?.text && evidence.sentence.text !== evidence.text ? (
        <p className="muted">In: {evidence.sentence.text}</p>
      ) : null}
      {href ? (
        <p>
          <Link href={href}>Show in “{accusation.article?.title ?? "the article"}”</Link>
        </p>
      ) : null}
    </article>
  );
}
