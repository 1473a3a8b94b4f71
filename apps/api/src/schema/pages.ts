import type { Context } from "../context.js";
import { actorTotalOf, articleActorOf } from "../queries/actor-totals.js";
import { type ArticleFilter, articleRowsEstimate, listArticles } from "../queries/article-queries.js";
import { checkId, type ItemFilter, type ItemTable } from "../queries/filters.js";
import { listItems } from "../queries/item-queries.js";
import type { PageArgs } from "../queries/paginate.js";

/** A page of items; a list of one actor's items takes its total from the actor's batched counts. */
export async function itemPage<T extends ItemTable>(
  ctx: Context,
  table: T,
  filter: ItemFilter | null | undefined,
  args: PageArgs,
) {
  const page = await listItems(ctx.db, table, filter, args);
  const of = actorTotalOf(table, filter);
  if (!of) return page;
  return { ...page, totalCount: async () => (await ctx.loaders.actorCounts.load(of.actor))[of.field] };
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
