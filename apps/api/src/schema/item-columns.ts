import type { GraphQLResolveInfo } from "graphql";
import type { ItemTable } from "../queries/filters.js";
import { articleIdOnly, selectedFields } from "./selection.js";

// The columns each item field reads from its row. A list reads only the columns its
// selection needs: an item row has 16-20 columns, and turning every value of a page's rows
// into JS values was half of what SQLite cost an actor page (BENCHMARKS.md, "API").
// A field missing here (a new one) makes its list read every column, so a partial row can
// only reach the resolvers listed, and each of them reads no column but these.

/** What a span inside the item (passageOf) reads: its evidence or else its sentence. */
const passage = ["article_id", "evidence_start", "evidence_end", "evidence_text", "sentence_start", "sentence_text"];

const evidenceFields: Record<string, readonly string[]> = {
  __typename: [],
  start: ["evidence_start"],
  end: ["evidence_end"],
  text: ["evidence_text"],
  sentence: ["sentence_start", "sentence_end", "sentence_text", "article_id"],
  article: ["article_id"],
};

const common: Record<string, readonly string[]> = {
  __typename: [],
  id: ["id"],
  date: ["day"],
  article: ["article_id"],
};

const byTable: Record<ItemTable, Record<string, readonly string[]>> = {
  claims: {
    ...common,
    kind: ["kind"],
    speaker: ["speaker_id"],
    source: ["source_start", "source_end", ...passage],
    cue: ["cue_start", "cue_end", ...passage],
    content: ["content_start", "content_end", ...passage],
  },
  accusations: {
    ...common,
    accuser: ["accuser_id"],
    accused: ["id"],
    allegation: ["allegation_start", "allegation_end", ...passage],
    category: ["category"],
    resolvedDate: ["date_value"],
    denials: ["id"],
    responses: ["id"],
  },
  denials: {
    ...common,
    denier: ["denier_id"],
    denied: ["denied_start", "denied_end", ...passage],
    respondsTo: ["responds_to"],
  },
  responses: {
    ...common,
    actor: ["actor_id"],
    targets: ["id"],
    type: ["type"],
    cameo: ["cameo"],
    plover: ["plover"],
    modality: ["modality"],
    resolvedDate: ["date_value"],
    dateText: ["date_start", "date_end", ...passage],
    respondsTo: ["responds_to"],
  },
};

/** What a list's selection reads: the rows' columns, and which related rows its fields load. */
export interface ItemSelection {
  /** Sorted; null when every column is needed (a field this file does not know). */
  columns: readonly string[] | null;
  /** The item's own actor (speaker, accuser, denier, responder). */
  actor: string | null;
  /** The item's article (its `article` or `evidence { article }`), unless only its id is shown. */
  article: boolean;
  /** The accused or targets, which loader has them. */
  targets: "accused" | "responseTargets" | null;
}

// The field naming each table's own actor, its column, and the field listing its targets.
const actorField: Record<ItemTable, [string, string]> = {
  claims: ["speaker", "speaker_id"],
  accusations: ["accuser", "accuser_id"],
  denials: ["denier", "denier_id"],
  responses: ["actor", "actor_id"],
};
const targetsField: Partial<Record<ItemTable, [string, "accused" | "responseTargets"]>> = {
  accusations: ["accused", "accused"],
  responses: ["targets", "responseTargets"],
};

const cache = new WeakMap<GraphQLResolveInfo["fieldNodes"], ItemSelection>();

/**
 * What a field's item selection (a connection's `edges { node }`, or `path` below a plain
 * list) reads from the item rows, and which related rows it shows. Kept per field-node list,
 * as `selectedFields` is (a field node is a connection or a list, never both).
 */
export function itemSelection(
  table: ItemTable,
  info: GraphQLResolveInfo,
  path: readonly string[] = ["edges", "node"],
): ItemSelection {
  const cached = cache.get(info.fieldNodes);
  if (cached) return cached;
  const known = byTable[table];
  const columns = new Set<string>(["id", "article_id", "day"]);
  let all = false;
  const node = selectedFields(info, path);
  const evidence = node.has("evidence") ? selectedFields(info, [...path, "evidence"]) : new Set<string>();
  for (const name of node) {
    const cols = name === "evidence" ? [] : known[name];
    if (cols) for (const c of cols) columns.add(c);
    else all = true;
  }
  for (const name of evidence) {
    const cols = evidenceFields[name];
    if (cols) for (const c of cols) columns.add(c);
    else all = true;
  }
  const [actor, actorColumn] = actorField[table];
  const [targets, targetsLoader] = targetsField[table] ?? [null, null];
  const result: ItemSelection = {
    columns: all ? null : [...columns].sort(),
    actor: node.has(actor) ? actorColumn : null,
    article:
      (node.has("article") && !articleIdOnly(selectedFields(info, [...path, "article"]))) ||
      (evidence.has("article") && !articleIdOnly(selectedFields(info, [...path, "evidence", "article"]))),
    targets: targets && node.has(targets) ? targetsLoader : null,
  };
  cache.set(info.fieldNodes, result);
  return result;
}
