import Link from "next/link";
import type { ResponsePartsFragment } from "@/generated/graphql";
import { itemHref } from "@/lib/item-href";
import { humanize } from "@/lib/palette";
import { ActorLink, ActorNames } from "./actor-names";

type Cause = NonNullable<ResponsePartsFragment["respondsTo"]>;

function causeLabel(cause: Cause): string {
  switch (cause.__typename) {
    case "Accusation":
      return `the accusation by ${cause.accuser?.name ?? "someone"}`;
    case "Denial":
      return "a denial";
    case "Claim":
      return "a claim";
    default:
      return `an earlier ${humanize(cause.type ?? "response")}`;
  }
}

/** A response: who, what, how sure (modality), to whom, and what it answers. */
export function ResponseCard({ response }: { response: ResponsePartsFragment }) {
  const evidence = response.evidence;
  const href = itemHref(response.article?.id, response.id);
  const cause = response.respondsTo;
  // The parser links a response to an item of the same article.
  const causeHref = cause ? itemHref(response.article?.id, cause.id) : null;
  return (
    <article className="response-card" data-response={response.id}>
      <p>
        <ActorLink actor={response.actor} /> · <strong>{humanize(response.type ?? "response")}</strong>{" "}
        <span className={`badge badge-${response.modality}`}>{response.modality}</span>
        {response.targets?.length ? (
          <>
            {" "}
            → <ActorNames actors={response.targets} />
          </>
        ) : null}
        <span className="muted"> · {response.resolvedDate ?? response.date ?? "undated"}</span>
      </p>
      <blockquote className="evidence">{evidence?.text}</blockquote>
      {cause ? (
        <p className="responds-to">
          In response to {causeHref ? <Link href={causeHref}>{causeLabel(cause)}</Link> : causeLabel(cause)}
        </p>
      ) : null}
      {href ? (
        <p>
          <Link href={href}>Show in “{response.article?.title ?? "the article"}”</Link>
        </p>
      ) : null}
    </article>
  );
}
