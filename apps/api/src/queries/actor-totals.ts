import type { ActorCounts } from "./actor-queries.js";
import type { ArticleFilter } from "./article-queries.js";
import type { ItemFilter, ItemTable } from "./filters.js";

// A list filtered by one actor and nothing else counts exactly what one of the
// actor's counts does (the targets tables key on item and actor, so an actor is
// counted once an item), and an actor page asks for both: its totals can come
// from the counts' one batched statement instead of a COUNT each.
const asSubject: Record<ItemTable, keyof ActorCounts> = {
  claims: "claims",
  accusations: "accusationsMade",
  denials: "denials",
  responses: "responsesGiven",
};
const asCounterpart: Partial<Record<ItemTable, keyof ActorCounts>> = {
  accusations: "accusationsReceived",
  responses: "responsesReceived",
};

// The same tests the filters' SQL makes (filters.ts), so "nothing else" means no other condition.
const blank = (v: string | null | undefined) => !v;
const noWords = (v: string | null | undefined) => !v?.trim();
const none = (v: readonly string[] | null | undefined) => !v || v.length === 0;

/** The actor and the count of theirs that is an item list's total, when the filter is that actor alone. */
export function actorTotalOf(
  table: ItemTable,
  filter: ItemFilter | null | undefined,
): { actor: string; field: keyof ActorCounts } | null {
  if (!filter) return null;
  const rest =
    blank(filter.from) &&
    blank(filter.to) &&
    blank(filter.source) &&
    blank(filter.article) &&
    noWords(filter.search) &&
    none(filter.types) &&
    none(filter.modalities);
  if (!rest) return null;
  if (filter.actor && !filter.counterpart) return { actor: filter.actor, field: asSubject[table] };
  const field = asCounterpart[table];
  if (filter.counterpart && !filter.actor && field) return { actor: filter.counterpart, field };
  return null;
}

/** The actor whose article count is an article list's total, when the filter is that actor alone. */
export function articleActorOf(filter: ArticleFilter | null | undefined): string | null {
  if (!filter?.actor) return null;
  return blank(filter.source) && blank(filter.from) && blank(filter.to) && noWords(filter.search) ? filter.actor : null;
}
