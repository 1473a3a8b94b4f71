import Link from "next/link";

interface Named {
  id?: string | null;
  name?: string | null;
}

export function ActorLink({ actor }: { actor: Named | null | undefined }) {
  if (!actor?.id) return <span>{actor?.name ?? "someone"}</span>;
  return <Link href={`/actors/${encodeURIComponent(actor.id)}`}>{actor.name ?? actor.id}</Link>;
}

export function ActorNames({ actors }: { actors: readonly (Named | null)[] | null | undefined }) {
  const list = (actors ?? []).filter((actor): actor is Named => !!actor);
  if (list.length === 0) return <span className="muted">no one named</span>;
  return (
    <>
      {list.map((actor, index) => (
        <span key={actor.id ?? index}>
          {index > 0 ? ", " : null}
          <ActorLink actor={actor} />
        </span>
      ))}
    </>
  );
}
