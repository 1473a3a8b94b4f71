import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";
import type { ItemColumns } from "../db/tables.js";
import { actorTotalOf, articleActorOf } from "../queries/actor-totals.js";
import { type ArticleFilter, articleRowsEstimate, listArticles } from "../queries/article-queries.js";
import { checkId, type ItemFilter, type ItemTable } from "../queries/filters.js";
import { listItems } from "../queries/item-queries.js";
import type { PageArgs } from "../queries/paginate.js";
import { type ItemSelection, itemSelection } from "./item-columns.js";

/** Loads these actors (nulls and repeats skipped) in one batch, so their fields resolve without a promise. */
export async function preloadActors(ctx: Context, ids: readonly (string | null)[]) {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (unique.length > 0) await ctx.loaders.actor.loadMany(unique);
}

/** An article's items of one kind, with what their selection shows loaded up front (`preload`). */
export async function itemsOf<T extends ItemColumns>(
  ctx: Context,
  table: ItemTable,
  rows: Promise<T[]>,
  info: GraphQLResolveInfo,
): Promise<T[]> {
  const items = await rows;
  await preload(ctx, itemSelection(table, info, []), items as unknown as Record<string, string | null>[]);
  return items;
}

/**
 * A page of items, reading the columns the field's selection (`info`) shows; a list of one
 * actor's items takes its total from the actor's batched counts.
 */
export async function itemPage<T extends ItemTable>(
  ctx: Context,
  table: T,
  filter: ItemFilter | null | undefined,
  args: PageArgs,
  info: GraphQLResolveInfo,
) {
  const selection = itemSelection(table, info);
  const page = await listItems(ctx.db, table, filter, args, selection.columns);
  await preload(
    ctx,
    selection,
    page.edges.map((e) => e.node as unknown as Record<string, string | null>),
  );
  const of = actorTotalOf(table, filter);
  if (!of) return page;
  return { ...page, totalCount: async () => (await ctx.loaders.actorCounts.load(of.actor))[of.field] };
}

/**
 * Loads the actors, articles and targets a page's items show, in one batch with the other
 * lists of the request (the loaders batch what is asked in one tick), so their fields resolve
 * without a promise each (PeekLoader). A failed load is not thrown here: the field that shows
 * it gets the loader's answer, as it did before.
 */
export async function preload(
  ctx: Context,
  selection: ItemSelection,
  rows: readonly Record<string, string | number | null>[],
) {
  const { loaders } = ctx;
  const actorIds = new Set<string>();
  const articleIds = new Set<string>();
  for (const row of rows) {
    const actor = selection.actor ? row[selection.actor] : null;
    if (typeof actor === "string") actorIds.add(actor);
    if (selection.article && typeof row.article_id === "string") articleIds.add(row.article_id);
  }
  const targets = selection.targets ? loaders[selection.targets] : null;
  const [, , targetLists] = await Promise.all([
    actorIds.size > 0 ? loaders.actor.loadMany([...actorIds]) : null,
    articleIds.size > 0 ? loaders.article.loadMany([...articleIds]) : null,
    targets && rows.length > 0 ? targets.loadMany(rows.map((r) => r.id as string)) : null,
  ]);
  if (!targetLists) return;
  const targetIds = new Set<string>();
  for (const list of targetLists) if (Array.isArray(list)) for (const id of list) targetIds.add(id);
  if (targetIds.size > 0) await loaders.actor.loadMany([...targetIds]);
}

// Below this many articles an actor's own index rows are read and sorted whatever the corpus size.
const fewArticles = 32;

/** A page of articles; for one actor's articles, the total from its counts and the cheaper of two plans. */
export async function articlePage(ctx: Context, filter: ArticleFilter | null | undefined, args: PageArgs) {
  const actor = articleActorOf(filter);
  if (!actor) return listArticles(ctx.db, filter, args);
  checkId("actor", actor, "actor");
  const counts = await ctx.loaders.actorCounts.load(actor);
  return listArticles(ctx.db, filter, args, {
    total: async () => counts.articles,
    denseActor: await isDense(ctx, counts.articles, Math.min(args.first ?? args.last ?? 20, 100)),
  });
}

/**
 * Whether walking every article newest first (about size·N/n index entries to
 * fill a page) beats reading the actor's n articles and sorting them. SQLite
 * only: its planner cannot tell a busy actor from a rare one.
 */
async function isDense(ctx: Context, n: number, size: number): Promise<boolean> {
  if (ctx.dialect !== "sqlite" || n < fewArticles) return false;
  const corpus = await articleRowsEstimate(ctx.db);
  return (size + 1) * corpus < n * n;
}
