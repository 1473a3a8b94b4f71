import type { builder } from "../builder.js";
import type { Context } from "../context.js";
import { compiledByIds } from "../db/compiled-by-ids.js";
import type { ActorTable, ItemColumns } from "../db/tables.js";
import type { IdKind } from "../ingest/hash.js";
import { checkId } from "../queries/filters.js";
import { EvidenceRef, itemArticle } from "./evidence.js";
import { ArticleRef } from "./refs.js";

/**
 * An actor that an item's row references, without a promise when its batch has loaded it;
 * a dangling id is a bug, so it is not hidden.
 */
export function loadActor(ctx: Context, id: string): ActorTable | Promise<ActorTable> {
  return (
    ctx.loaders.actor.peek(id) ??
    ctx.loaders.actor.load(id).then((actor) => {
      if (!actor) throw new Error(`actor ${id} is missing`);
      return actor;
    })
  );
}

/** An actor, or null when there is none, without a promise when its batch has loaded it. */
export function loadActorOrNull(ctx: Context, id: string): ActorTable | null | Promise<ActorTable | null> {
  return ctx.loaders.actor.peek(id) ?? ctx.loaders.actor.load(id);
}

/** Actors by id (unknown ones left out), without a promise when every one is loaded. */
export function loadActors(ctx: Context, ids: readonly string[]): ActorTable[] | Promise<ActorTable[]> {
  const known: ActorTable[] = [];
  for (const id of ids) {
    const a = ctx.loaders.actor.peek(id);
    if (!a) return loadActorsLater(ctx, ids);
    known.push(a);
  }
  return known;
}

async function loadActorsLater(ctx: Context, ids: readonly string[]): Promise<ActorTable[]> {
  const actors = await ctx.loaders.actor.loadMany(ids);
  return actors.filter((a): a is ActorTable => !!a && !(a instanceof Error));
}

/** The actors an item names as accused or targets (`loader`: which), without a promise when loaded. */
export function loadTargets(
  ctx: Context,
  loader: "accused" | "responseTargets",
  itemId: string,
): ActorTable[] | Promise<ActorTable[]> {
  const ids = ctx.loaders[loader].peek(itemId);
  return ids ? loadActors(ctx, ids) : ctx.loaders[loader].load(itemId).then((ids) => loadActors(ctx, ids));
}

/**
 * Many actors in one statement, without a promise an id: a network's few hundred ends are
 * read once and used once. `columns` (actor-columns.ts) are the columns their selection
 * reads, null for every column as the actor loader reads them; the rows then carry only those.
 */
export function actorsByIds(
  ctx: Context,
  ids: string[],
  columns: readonly (keyof ActorTable)[] | null = null,
): Promise<ActorTable[]> {
  if (ids.length === 0) return Promise.resolve([]);
  const q = ctx.db.selectFrom("actors");
  if (!columns) return compiledByIds(ctx.db)("actors", ids, (ids) => q.selectAll().where("id", "in", ids));
  // Typed as whole rows: a partial row reaches only the fields whose columns it has.
  return compiledByIds(ctx.db)(`actors(${columns.join(",")})`, ids, (ids) =>
    q.select(columns as "id"[]).where("id", "in", ids),
  ) as unknown as Promise<ActorTable[]>;
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
export type FieldBuilder<T> = PothosSchemaTypes.ObjectFieldBuilder<Types, T>;

/** `id`, `evidence`, `article` and `date`: the fields every item type has. */
export function commonItemFields<T extends ItemColumns>(t: FieldBuilder<T>) {
  return {
    id: t.id({ resolve: (i) => i.id }),
    evidence: t.field({ type: EvidenceRef, resolve: (i) => i }),
    article: t.field({ type: ArticleRef, resolve: (i, _a, ctx, info) => itemArticle(ctx, i.article_id, info) }),
    date: t.string({
      nullable: true,
      description: "YYYY-MM-DD the item is filed under: its own date when the text gives one, else the article's.",
      resolve: (i) => i.day,
    }),
  };
}

/** Argument check for `claim(id)` and the like: malformed ids are errors, unknown ones null. */
export function validId(kind: IdKind, id: string | number): string | null {
  const s = String(id);
  checkId(kind, s);
  return s;
}
