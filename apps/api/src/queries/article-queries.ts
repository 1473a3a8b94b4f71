import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import { bound, compiledShapes, joinShapes, shapeOf } from "../db/compiled-shapes.js";
import { articleMetaColumns, type Database } from "../db/tables.js";
import { checkId, endOf, likePattern } from "./filters.js";
import { type PageArgs, paginate } from "./paginate.js";

export interface ArticleFilter {
  source?: string | null;
  from?: string | null;
  to?: string | null;
  search?: string | null;
  actor?: string | null;
}

export interface ArticleListHints {
  /** The list's total when it is already known another way (see actor-totals.ts). */
  total?: () => Promise<number>;
  /**
   * The filter's actor is in a large share of the articles: walking the
   * articles newest first and probing the actor's index finds a page sooner
   * than reading all of the actor's articles and sorting them.
   */
  denseActor?: boolean;
}

function conditions(filter: ArticleFilter | null | undefined, hints: ArticleListHints): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (!filter) return out;
  if (filter.source) out.push(sql`lower(a.source) = ${filter.source.toLowerCase()}`);
  if (filter.from) out.push(sql`a.published_at >= ${filter.from}`);
  if (filter.to) out.push(sql`substr(a.published_at, 1, 10) <= ${endOf(filter.to)}`);
  if (filter.search?.trim()) {
    const p = likePattern(filter.search.trim());
    out.push(sql`(lower(a.title) like ${p} escape '\\' or lower(a.text) like ${p} escape '\\')`);
  }
  if (filter.actor) {
    const id = checkId("actor", filter.actor, "actor");
    out.push(
      hints.denseActor
        ? sql`exists (select 1 from article_actors x where x.actor_id = ${id} and x.article_id = a.id)`
        : sql`a.id in (select x.article_id from article_actors x where x.actor_id = ${id})`,
    );
  }
  return out;
}

/** Articles, most recently published first. */
export async function listArticles(
  db: Kysely<Database>,
  filter: ArticleFilter | null | undefined,
  args: PageArgs,
  hints: ArticleListHints = {},
) {
  const where = conditions(filter, hints);
  const key = sql<string>`coalesce(a.published_at, '')`;
  // The page's rows carry what lists show, never the long texts (they are read where asked for).
  const base = () =>
    db
      .selectFrom("articles as a")
      .select([...articleMetaColumns.map((c) => `a.${c}` as const), key.as("sort_key")])
      .where((eb) => eb.and(where));
  const shape = shapeOf(where);
  const count =
    hints.total ??
    (async () => {
      const rows = await compiledShapes(db)(joinShapes("count articles", shape), () =>
        db
          .selectFrom("articles as a")
          .select(sql<number>`count(*)`.as("n"))
          .where((eb) => eb.and(where)),
      );
      return Number(rows[0]?.n ?? 0);
    });
  const page = await paginate(
    { db, shape: joinShapes("articles", shape), base },
    key,
    sql<string>`a.id`,
    args,
    count,
    sql<string | null>`a.published_at`,
  );
  return page;
}

/** About how many articles there are, without counting them: SQLite's largest rowid. */
export async function articleRowsEstimate(db: Kysely<Database>): Promise<number> {
  const rows = await compiledShapes(db)(bound("article rows estimate"), () =>
    db.selectFrom("articles").select(sql<number | null>`max(rowid)`.as("n")),
  );
  return Number(rows[0]?.n ?? 0);
}
