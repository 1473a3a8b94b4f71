import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import type { ActorTable } from "../db/tables.js";
import { userError } from "../errors.js";
import {
  accusationPairs,
  accusationsOfPairs,
  type CorpusCounts,
  corpusCounts,
  type PairCount,
  responsesTimeline,
  sourceCounts,
  topAccusationParties,
  topActors,
} from "../queries/aggregate-queries.js";
import type { ItemFilter } from "../queries/filters.js";
import { actorColumns } from "./actor-columns.js";
import { ActorKindEnum, ActorRoleEnum, ResponseTypeEnum, TimeBucketEnum } from "./enums.js";
import { AccusationFilterInput, ResponseFilterInput, toItemFilter } from "./filters.js";
import { actorsByIds, loadActor } from "./item-fields.js";
import { preloadActors } from "./pages.js";
import { AccusationRef, ActorRef } from "./refs.js";
import { selectedFields } from "./selection.js";

function limitArg(value: number | null | undefined, fallback: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw userError("BAD_USER_INPUT", `limit must be between 1 and ${max}`);
  return n;
}

interface EdgeShape extends PairCount {
  filter: ItemFilter;
  /** Both ends, when the resolver already read them (a network's edges share their actors). */
  ends?: { accuser: ActorTable; accused: ActorTable };
}

// Edges of one network share a filter; their accusations load in one query.
const edgeItems = new WeakMap<Context, Map<string, DataLoader<EdgeShape, unknown[], string>>>();
function edgeLoader(ctx: Context, filter: ItemFilter, perEdge: number) {
  const byFilter = edgeItems.get(ctx) ?? new Map();
  edgeItems.set(ctx, byFilter);
  const key = `${perEdge}:${JSON.stringify(filter)}`;
  let loader = byFilter.get(key);
  if (!loader) {
    loader = new DataLoader<EdgeShape, unknown[], string>(
      (edges) => accusationsOfPairs(ctx.db, filter, edges, perEdge),
      {
        cacheKeyFn: (e) => `${e.accuser}|${e.accused}`,
      },
    );
    byFilter.set(key, loader);
  }
  return loader;
}

const AccusationEdgeRef = builder.objectRef<EdgeShape>("AccusationNetworkEdge").implement({
  description: "Accusations from one actor against another.",
  fields: (t) => ({
    accuser: t.field({ type: ActorRef, resolve: (e, _a, ctx) => e.ends?.accuser ?? loadActor(ctx, e.accuser) }),
    accused: t.field({ type: ActorRef, resolve: (e, _a, ctx) => e.ends?.accused ?? loadActor(ctx, e.accused) }),
    count: t.exposeInt("count"),
    accusations: t.field({
      type: [AccusationRef],
      description: "The accusations behind the edge, newest first.",
      args: { first: t.arg.int({ defaultValue: 10 }) },
      resolve: async (e, args, ctx) => {
        const first = limitArg(args.first, 10, 100);
        return (await edgeLoader(ctx, e.filter, first).load(e)) as never[];
      },
    }),
  }),
});

const ActorCountRef = builder.objectRef<{ actor: string; count: number }>("ActorCount").implement({
  fields: (t) => ({
    actor: t.field({ type: ActorRef, resolve: (x, _a, ctx) => loadActor(ctx, x.actor) }),
    count: t.exposeInt("count"),
  }),
});

const endColumnsCache = new WeakMap<GraphQLResolveInfo["fieldNodes"], (keyof ActorTable)[] | null>();

/** The actor columns a network's nodes and its edges' ends show (kept per field-node list, as selectedFields is). */
function endColumns(info: GraphQLResolveInfo): (keyof ActorTable)[] | null {
  let columns = endColumnsCache.get(info.fieldNodes);
  if (columns === undefined) {
    const edges = selectedFields(info, ["edges"]);
    columns = actorColumns([
      selectedFields(info, ["nodes"]),
      ...(edges.has("accuser") ? [selectedFields(info, ["edges", "accuser"])] : []),
      ...(edges.has("accused") ? [selectedFields(info, ["edges", "accused"])] : []),
    ]);
    endColumnsCache.set(info.fieldNodes, columns);
  }
  return columns;
}

interface NetworkShape {
  edges: EdgeShape[];
  nodes: ActorTable[];
}

const AccusationNetworkRef = builder.objectRef<NetworkShape>("AccusationNetwork").implement({
  fields: (t) => ({
    edges: t.field({ type: [AccusationEdgeRef], resolve: (n) => n.edges }),
    nodes: t.field({
      type: [ActorRef],
      description: "Every actor at either end of an edge.",
      resolve: (n) => n.nodes,
    }),
  }),
});

interface MatrixShape {
  accusers: { actor: string; count: number }[];
  accused: { actor: string; count: number }[];
  cells: EdgeShape[];
}

const AccusationMatrixRef = builder.objectRef<MatrixShape>("AccusationMatrix").implement({
  description: "The top accusers (rows) by the top accused (columns).",
  fields: (t) => ({
    accusers: t.field({
      type: [ActorCountRef],
      description: "Rows, with each accuser's total.",
      resolve: (m) => m.accusers,
    }),
    accused: t.field({
      type: [ActorCountRef],
      description: "Columns, with each accused's total.",
      resolve: (m) => m.accused,
    }),
    cells: t.field({ type: [AccusationEdgeRef], description: "The non-empty cells.", resolve: (m) => m.cells }),
    counts: t.field({
      type: [["Int"]] as never,
      description: "counts[row][column]: accusations by accusers[row] against accused[column].",
      resolve: (m) => {
        const index = new Map(m.cells.map((c) => [`${c.accuser}|${c.accused}`, c.count]));
        return m.accusers.map((r) => m.accused.map((c) => index.get(`${r.actor}|${c.actor}`) ?? 0));
      },
    }),
  }),
});

const TimelinePointRef = builder.objectRef<{ period: string; type: string; count: number }>("TimelinePoint").implement({
  fields: (t) => ({
    period: t.exposeString("period", { description: "YYYY, YYYY-MM or YYYY-MM-DD, by the bucket asked for." }),
    type: t.field({ type: ResponseTypeEnum, resolve: (p) => p.type as "sanction" }),
    count: t.exposeInt("count"),
  }),
});

const SourceCountRef = builder.objectRef<{ source: string | null; count: number }>("SourceCount").implement({
  fields: (t) => ({ source: t.exposeString("source", { nullable: true }), count: t.exposeInt("count") }),
});

// The statement counted what the query selects (corpusCounts), so a field read here was counted.
const counted = <K extends keyof CorpusCounts>(s: CorpusCounts, k: K): NonNullable<CorpusCounts[K]> => {
  const v = s[k];
  if (v === undefined) throw new Error(`corpus total ${k} was not counted`);
  return v as NonNullable<CorpusCounts[K]>;
};

const CorpusStatsRef = builder.objectRef<CorpusCounts>("CorpusStats").implement({
  fields: (t) => ({
    articles: t.int({ resolve: (s) => counted(s, "articles") }),
    actors: t.int({ resolve: (s) => counted(s, "actors") }),
    mentions: t.int({ resolve: (s) => counted(s, "mentions") }),
    claims: t.int({ resolve: (s) => counted(s, "claims") }),
    accusations: t.int({ resolve: (s) => counted(s, "accusations") }),
    denials: t.int({ resolve: (s) => counted(s, "denials") }),
    responses: t.int({ resolve: (s) => counted(s, "responses") }),
    firstPublished: t.string({ nullable: true, resolve: (s) => s.firstPublished ?? null }),
    lastPublished: t.string({ nullable: true, resolve: (s) => s.lastPublished ?? null }),
    sources: t.field({ type: [SourceCountRef], resolve: (_s, _a, ctx) => sourceCounts(ctx.db) }),
  }),
});

const TopActorsFilterInput = builder.inputType("TopActorsFilter", {
  fields: (t) => ({
    from: t.string(),
    to: t.string(),
    source: t.string(),
    kinds: t.field({ type: [ActorKindEnum] }),
  }),
});

builder.queryFields((t) => ({
  accusationNetwork: t.field({
    type: AccusationNetworkRef,
    description: "Accuser → accused edges with counts, the heaviest first.",
    args: { filter: t.arg({ type: AccusationFilterInput }), limit: t.arg.int({ defaultValue: 200 }) },
    resolve: async (_root, args, ctx, info) => {
      const filter = toItemFilter(args.filter);
      const pairs = await accusationPairs(ctx.db, filter, limitArg(args.limit, 200, 2000));
      // Every end read in one batch, so the edges and nodes resolve without a promise per field.
      const ids = [...new Set(pairs.flatMap((p) => [p.accuser, p.accused]))];
      const byId = new Map<string, ActorTable>();
      for (const a of await actorsByIds(ctx, ids, endColumns(info))) byId.set(a.id, a);
      const actor = (id: string) => {
        const a = byId.get(id);
        if (!a) throw new Error(`actor ${id} is missing`);
        return a;
      };
      const edges = pairs.map((p) => ({
        accuser: p.accuser,
        accused: p.accused,
        count: p.count,
        filter,
        ends: { accuser: actor(p.accuser), accused: actor(p.accused) },
      }));
      return { nodes: ids.map(actor), edges };
    },
  }),
  accusationMatrix: t.field({
    type: AccusationMatrixRef,
    args: { filter: t.arg({ type: AccusationFilterInput }), limit: t.arg.int({ defaultValue: 15 }) },
    resolve: async (_root, args, ctx) => {
      const filter = toItemFilter(args.filter);
      const limit = limitArg(args.limit, 15, 100);
      const [accusers, accused] = await Promise.all([
        topAccusationParties(ctx.db, filter, "accuser", limit),
        topAccusationParties(ctx.db, filter, "accused", limit),
      ]);
      const among = { accusers: accusers.map((a) => a.actor), accused: accused.map((a) => a.actor) };
      const cells = await accusationPairs(ctx.db, filter, limit * limit, among);
      return { accusers, accused, cells: cells.map((c) => ({ ...c, filter })) };
    },
  }),
  responsesTimeline: t.field({
    type: [TimelinePointRef],
    description: "Responses counted by period and type, oldest period first.",
    args: {
      bucket: t.arg({ type: TimeBucketEnum, defaultValue: "MONTH" }),
      filter: t.arg({ type: ResponseFilterInput }),
    },
    resolve: (_root, args, ctx) => responsesTimeline(ctx.db, toItemFilter(args.filter), args.bucket ?? "MONTH"),
  }),
  topActors: t.field({
    type: [ActorCountRef],
    args: {
      role: t.arg({ type: ActorRoleEnum, required: true }),
      filter: t.arg({ type: TopActorsFilterInput }),
      limit: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, args, ctx, info) => {
      const top = await topActors(ctx.db, args.role, args.filter ?? {}, limitArg(args.limit, 10, 500));
      if (selectedFields(info).has("actor"))
        await preloadActors(
          ctx,
          top.map((t) => t.actor),
        );
      return top;
    },
  }),
  corpusStats: t.field({
    type: CorpusStatsRef,
    resolve: (_root, _args, ctx, info) => corpusCounts(ctx.db, selectedFields(info)),
  }),
}));
