import { type Expression, type RawBuilder, type SqlBool, sql } from "kysely";
import { userError } from "../errors.js";
import { type IdKind, isIdOf } from "../ingest/hash.js";

/** Filters every item list takes; `actor` is the item's subject, `counterpart` its object. */
export interface ItemFilter {
  actor?: string | null;
  counterpart?: string | null;
  from?: string | null;
  to?: string | null;
  source?: string | null;
  article?: string | null;
  search?: string | null;
  /** Claim kinds, accusation categories, or response types. */
  types?: readonly string[] | null;
  modalities?: readonly string[] | null;
}

export type ItemTable = "claims" | "accusations" | "denials" | "responses";

export function checkId(kind: IdKind, id: string, field = "id"): string {
  if (!isIdOf(kind, id)) throw userError("INVALID_ID", `${field}: "${id.slice(0, 40)}" is not a valid ${kind} id`);
  return id;
}

function checkDay(value: string, field: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
    throw userError("BAD_USER_INPUT", `${field} must be YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

/** The last day a partial date covers, as a string that sorts after every real day in it. */
export function endOf(day: string): string {
  return day.length === 4 ? `${day}-12-31` : day.length === 7 ? `${day}-31` : day;
}

/** "%" and "_" in the user's words match themselves, not wildcards. */
export function likePattern(words: string): string {
  return `%${words.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const subjectColumn: Record<ItemTable, string> = {
  claims: "speaker_id",
  accusations: "accuser_id",
  denials: "denier_id",
  responses: "actor_id",
};

const typeColumn: Record<ItemTable, string | null> = {
  claims: "kind",
  accusations: "category",
  denials: null,
  responses: "type",
};

// One reference a column, made once: a filter's shape key (compiled-shapes.ts) is then worked
// out once for the reference, not on every request.
const columnRefs = new Map<string, RawBuilder<unknown>>();
function col(name: string): RawBuilder<unknown> {
  let ref = columnRefs.get(name);
  if (!ref) {
    ref = sql.ref(`i.${name}`);
    columnRefs.set(name, ref);
  }
  return ref;
}

/** WHERE conditions for one item table aliased `i`, the same SQL on SQLite and PostgreSQL. */
export function itemConditions(table: ItemTable, filter: ItemFilter | null | undefined): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (!filter) return out;
  if (filter.actor) out.push(sql`${col(subjectColumn[table])} = ${checkId("actor", filter.actor, "actor")}`);
  if (filter.counterpart) {
    const who = checkId("actor", filter.counterpart, "counterpart");
    // From the actor's side of the targets index, not a probe per item: an actor is the target of few items.
    if (table === "accusations")
      out.push(sql`i.id in (select t.item_id from accusation_targets t where t.actor_id = ${who})`);
    else if (table === "responses")
      out.push(sql`i.id in (select t.item_id from response_targets t where t.actor_id = ${who})`);
    else if (table === "denials")
      out.push(sql`exists (select 1 from accusations a where a.id = i.responds_to and a.accuser_id = ${who})`);
    // A claim's counterpart is an actor the claim's content names.
    else
      out.push(
        sql`exists (select 1 from mentions m where m.article_id = i.article_id and m.actor_id = ${who} and m.start >= i.content_start and m."end" <= i.content_end)`,
      );
  }
  // Partial dates compare as prefixes: "2021-03" as `to` includes the whole of March.
  if (filter.from) out.push(sql`i.day >= ${checkDay(filter.from, "from")}`);
  if (filter.to) out.push(sql`i.day <= ${endOf(checkDay(filter.to, "to"))}`);
  if (filter.source)
    out.push(sql`i.article_id in (select id from articles where lower(source) = ${filter.source.toLowerCase()})`);
  if (filter.article) out.push(sql`i.article_id = ${checkId("article", filter.article, "article")}`);
  if (filter.search?.trim())
    out.push(sql`lower(i.evidence_text) like ${likePattern(filter.search.trim())} escape '\\'`);
  const typeCol = typeColumn[table];
  if (filter.types && filter.types.length > 0 && typeCol) {
    // Categories are free labels from the parser; match them without regard to case.
    const values = table === "accusations" ? filter.types.map((t) => t.toLowerCase()) : [...filter.types];
    const ref = table === "accusations" ? sql`lower(${col(typeCol)})` : col(typeCol);
    out.push(sql`${ref} in (${sql.join(values)})`);
  }
  if (filter.modalities && filter.modalities.length > 0 && table === "responses")
    out.push(sql`i.modality in (${sql.join([...filter.modalities])})`);
  return out;
}
