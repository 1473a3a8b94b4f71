import { builder } from "../builder.js";
import { listActors } from "../queries/actor-queries.js";
import {
  AccusationConnection,
  ActorConnection,
  ArticleConnection,
  ClaimConnection,
  DenialConnection,
  ResponseConnection,
} from "./connections.js";
import { ActorKindEnum } from "./enums.js";
import { validId } from "./item-fields.js";
import { articlePage, itemPage } from "./pages.js";
import { AccusationRef, ActorRef, ArticleRef, ClaimRef, DenialRef, ResponseRef } from "./refs.js";

const ActorCountsRef = builder.objectRef<import("../queries/actor-queries.js").ActorCounts>("ActorCounts").implement({
  fields: (t) => ({
    articles: t.exposeInt("articles"),
    mentions: t.exposeInt("mentions"),
    claims: t.exposeInt("claims"),
    accusationsMade: t.exposeInt("accusationsMade"),
    accusationsReceived: t.exposeInt("accusationsReceived"),
    denials: t.exposeInt("denials"),
    responsesGiven: t.exposeInt("responsesGiven"),
    responsesReceived: t.exposeInt("responsesReceived"),
  }),
});

ActorRef.implement({
  description: "A participant, merged across articles by its identity key.",
  fields: (t) => ({
    id: t.exposeID("id"),
    key: t.exposeString("key", { description: "Identity key that merges this actor across articles." }),
    name: t.exposeString("name"),
    kind: t.field({ type: ActorKindEnum, resolve: (a) => a.kind as "person" }),
    code: t.exposeString("code", { nullable: true, description: "ISO 3166-1 alpha-3 for countries, EU for the EU." }),
    title: t.string({
      nullable: true,
      description: "The role articles give this actor most often.",
      resolve: async (a, _x, ctx) => (await ctx.loaders.header.load(a.id)).title,
    }),
    aliases: t.stringList({
      description: "Every name articles use for this actor, most frequent first.",
      resolve: async (a, _x, ctx) => (await ctx.loaders.header.load(a.id)).aliases,
    }),
    affiliation: t.field({
      type: ActorRef,
      nullable: true,
      description: "The country or organization articles most often say this actor acts for.",
      resolve: async (a, _x, ctx) => {
        const { affiliation } = await ctx.loaders.header.load(a.id);
        return affiliation ? ctx.loaders.actor.load(affiliation) : null;
      },
    }),
    counts: t.field({ type: ActorCountsRef, resolve: (a, _x, ctx) => ctx.loaders.actorCounts.load(a.id) }),
    articles: t.connection(
      { type: ArticleRef, resolve: (a, args, ctx) => articlePage(ctx, { actor: a.id }, args) },
      ArticleConnection,
    ),
    claims: t.connection(
      {
        type: ClaimRef,
        description: "Claims this actor made.",
        resolve: (a, args, ctx, info) => itemPage(ctx, "claims", { actor: a.id }, args, info),
      },
      ClaimConnection,
    ),
    accusationsMade: t.connection(
      {
        type: AccusationRef,
        resolve: (a, args, ctx, info) => itemPage(ctx, "accusations", { actor: a.id }, args, info),
      },
      AccusationConnection,
    ),
    accusationsReceived: t.connection(
      {
        type: AccusationRef,
        resolve: (a, args, ctx, info) => itemPage(ctx, "accusations", { counterpart: a.id }, args, info),
      },
      AccusationConnection,
    ),
    denials: t.connection(
      { type: DenialRef, resolve: (a, args, ctx, info) => itemPage(ctx, "denials", { actor: a.id }, args, info) },
      DenialConnection,
    ),
    responsesGiven: t.connection(
      { type: ResponseRef, resolve: (a, args, ctx, info) => itemPage(ctx, "responses", { actor: a.id }, args, info) },
      ResponseConnection,
    ),
    responsesReceived: t.connection(
      {
        type: ResponseRef,
        resolve: (a, args, ctx, info) => itemPage(ctx, "responses", { counterpart: a.id }, args, info),
      },
      ResponseConnection,
    ),
  }),
});

const ActorFilterInput = builder.inputType("ActorFilter", {
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum] }),
    country: t.string({ description: "ISO 3166-1 alpha-3 code (or EU): the country and actors affiliated with it." }),
    search: t.string({ description: "Words in the actor's name or any alias (case-insensitive)." }),
  }),
});

builder.queryFields((t) => ({
  actors: t.connection(
    {
      type: ActorRef,
      description: "Actors, those in the most articles first.",
      args: { filter: t.arg({ type: ActorFilterInput }) },
      resolve: (_root, args, ctx) => listActors(ctx.db, args.filter, args),
    },
    ActorConnection,
  ),
  actor: t.field({
    type: ActorRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.actor.load(validId("actor", args.id) as string),
  }),
}));
