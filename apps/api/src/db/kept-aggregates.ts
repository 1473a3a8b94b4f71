import type { DialectName } from "./database.js";

// Aggregates the dashboard reads on every page, kept up to date by triggers inside the
// transaction that writes the rows they count, so a request reads a few rows instead of
// grouping the corpus (an uncached network, overview or actor page scanned hundreds to
// thousands of rows). Triggers, not ingest code: every write path (ingest, re-ingest,
// deleteArticle, both kinds of actor merge, an operator's SQL) keeps them right alike.
//
// - accusation_pairs: accuser → accused with how many accusations connect them (the network);
// - actor_roles: an actor's count of items in each role (speaker, accuser, accused, denier,
//   responder, response target); the articles naming an actor are not kept: every article
//   names ~20 actors, and counting them at write time cost ingest more than it saves a read;
// - actor_alias_counts: how many articles call an actor by each name.
//
// A kept row whose count falls to zero is deleted, so the tables hold exactly the groups a
// GROUP BY over the rows would return.

/** A role counted one a row of `table`, for the actor in column `actor`. */
interface RoleCounter {
  table: string;
  actor: string;
  role: string;
}

export const roleCounters: readonly RoleCounter[] = [
  { table: "claims", actor: "speaker_id", role: "SPEAKER" },
  { table: "accusations", actor: "accuser_id", role: "ACCUSER" },
  { table: "accusation_targets", actor: "actor_id", role: "ACCUSED" },
  { table: "denials", actor: "denier_id", role: "DENIER" },
  { table: "responses", actor: "actor_id", role: "RESPONDER" },
  { table: "response_targets", actor: "actor_id", role: "RESPONSE_TARGET" },
];

/** One row trigger: SQL statements over NEW / OLD, the same text on SQLite and PostgreSQL. */
export interface KeptTrigger {
  name: string;
  table: string;
  timing: "before" | "after";
  event: "insert" | "delete" | "update";
  /** Update triggers fire only when one of these columns changes. */
  columns?: string[];
  body: string[];
}

type Row = "NEW" | "OLD";

// Adding one can never leave a zero, so only other amounts clean up after themselves.
function bumpRole(actor: string, role: string, amount: string, where = "true"): string[] {
  const upsert = `insert into actor_roles (actor_id, role, n) select ${actor}, '${role}', ${amount} where ${actor} is not null and ${where} on conflict (actor_id, role) do update set n = actor_roles.n + excluded.n`;
  return amount === "1" ? [upsert] : [upsert, `delete from actor_roles where role = '${role}' and n = 0`];
}

// The accuser comes from the accusation; while a cascade deletes the targets of an accusation
// being deleted it is already gone, and the accusation's own trigger has counted them off.
function bumpPairsOfTarget(row: Row, sign: 1 | -1): string[] {
  const upsert = `insert into accusation_pairs (accuser_id, accused_id, n) select a.accuser_id, ${row}.actor_id, ${sign} from accusations a where a.id = ${row}.item_id on conflict (accuser_id, accused_id) do update set n = accusation_pairs.n + excluded.n`;
  return sign > 0 ? [upsert] : [upsert, `delete from accusation_pairs where n = 0`];
}

function bumpPairsOfAccusation(row: Row, sign: 1 | -1): string[] {
  return [
    `insert into accusation_pairs (accuser_id, accused_id, n) select ${row}.accuser_id, t.actor_id, ${sign} from accusation_targets t where t.item_id = ${row}.id on conflict (accuser_id, accused_id) do update set n = accusation_pairs.n + excluded.n`,
    ...(sign > 0 ? [] : [`delete from accusation_pairs where n = 0`]),
  ];
}

function bumpAlias(row: Row, sign: 1 | -1): string[] {
  const upsert = `insert into actor_alias_counts (actor_id, alias, n) select ${row}.actor_id, ${row}.alias, ${sign} where true on conflict (actor_id, alias) do update set n = actor_alias_counts.n + excluded.n`;
  return sign > 0 ? [upsert] : [upsert, `delete from actor_alias_counts where actor_id = ${row}.actor_id and n = 0`];
}

// The insert, delete and update triggers that keep one count right for rows of `table`: an
// update counts the old row off and the new one on, firing only when `columns` change.
function rowTriggers(name: string, table: string, columns: string[], bump: (row: Row, sign: 1 | -1) => string[]) {
  return [
    { name: `${name}_ins`, table, timing: "after", event: "insert", body: bump("NEW", 1) },
    { name: `${name}_del`, table, timing: "after", event: "delete", body: bump("OLD", -1) },
    {
      name: `${name}_upd`,
      table,
      timing: "after",
      event: "update",
      columns,
      body: [...bump("OLD", -1), ...bump("NEW", 1)],
    },
  ] satisfies KeptTrigger[];
}

export function keptTriggers(): KeptTrigger[] {
  const out: KeptTrigger[] = [];
  for (const { table, actor, role } of roleCounters) {
    out.push(
      ...rowTriggers(`kept_${table}_${role.toLowerCase()}`, table, [actor], (row, sign) =>
        bumpRole(`${row}.${actor}`, role, String(sign)),
      ),
    );
  }
  out.push(...rowTriggers("kept_pairs", "accusation_targets", ["item_id", "actor_id"], bumpPairsOfTarget));
  // An accusation's targets are inserted after it (so they count themselves) and deleted
  // before it by the app; a cascade from the accusation is counted off here, before it goes.
  out.push({
    name: "kept_pairs_item_del",
    table: "accusations",
    timing: "before",
    event: "delete",
    body: bumpPairsOfAccusation("OLD", -1),
  });
  out.push({
    name: "kept_pairs_item_upd",
    table: "accusations",
    timing: "after",
    event: "update",
    columns: ["accuser_id"],
    body: [...bumpPairsOfAccusation("OLD", -1), ...bumpPairsOfAccusation("NEW", 1)],
  });
  out.push(...rowTriggers("kept_aliases", "actor_aliases", ["actor_id", "alias"], bumpAlias));
  return out;
}

/** The DDL that creates a trigger: SQLite runs its statements inline, PostgreSQL in a function. */
export function triggerDdl(t: KeptTrigger, dialect: DialectName): string[] {
  const changed = (t.columns ?? []).map((c) =>
    dialect === "sqlite" ? `OLD.${c} IS NOT NEW.${c}` : `OLD.${c} IS DISTINCT FROM NEW.${c}`,
  );
  const when = changed.length > 0 ? ` when (${changed.join(" or ")})` : "";
  const event = t.event === "update" && t.columns ? `update of ${t.columns.join(", ")}` : t.event;
  if (dialect === "sqlite") {
    return [
      `create trigger ${t.name} ${t.timing} ${event} on ${t.table} for each row${when} begin ${t.body.map((s) => `${s};`).join(" ")} end`,
    ];
  }
  // A BEFORE trigger that returns null would skip the row's own change.
  const result = t.timing === "after" ? "null" : t.event === "delete" ? "OLD" : "NEW";
  return [
    `create function ${t.name}() returns trigger language plpgsql as $$ begin ${t.body.map((s) => `${s};`).join(" ")} return ${result}; end $$`,
    `create trigger ${t.name} ${t.timing} ${event} on ${t.table} for each row${when} execute function ${t.name}()`,
  ];
}

/** The kept tables' rows computed from scratch: the migration fills them with these, tests compare against them. */
export const recomputed = {
  accusation_pairs: `select i.accuser_id, t.actor_id as accused_id, count(*) as n from accusations i join accusation_targets t on t.item_id = i.id group by i.accuser_id, t.actor_id`,
  actor_roles: roleCounters
    .map(
      ({ table, actor, role }) =>
        `select ${actor} as actor_id, '${role}' as role, count(*) as n from ${table} where ${actor} is not null group by ${actor}`,
    )
    .join(" union all "),
  actor_alias_counts: `select actor_id, alias, count(*) as n from actor_aliases group by actor_id, alias`,
} as const;
