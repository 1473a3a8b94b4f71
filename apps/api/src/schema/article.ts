import type { Span } from "@newsgraph/parser";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import type { ArticleActorTable, ArticleMeta, MentionTable } from "../db/tables.js";
import { ArticleConnection } from "./connections.js";
import { ActorKindEnum } from "./enums.js";
import { PassageRef, type PassageShape } from "./evidence.js";
import { loadActor, loadActorOrNull, validId } from "./item-fields.js";
import { articlePage, itemsOf, preloadActors } from "./pages.js";
import { AccusationRef, ActorRef, ArticleRef, ClaimRef, DenialRef, ResponseRef } from "./refs.js";
import { selectedFields } from "./selection.js";

async function textOf(ctx: Context, a: ArticleMeta) {
  const text = await ctx.loaders.articleText.load(a.id);
  if (!text) throw new Error(`article ${a.id} is missing`);
  return text;
}

async function spans(ctx: Context, a: ArticleMeta, which: "paragraphs" | "sentences"): Promise<PassageShape[]> {
  const t = await textOf(ctx, a);
  return (JSON.parse(t[which]) as Span[]).map((s) => ({
    start: s.start,
    end: s.end,
    articleId: a.id,
    within: { start: 0, text: t.text },
  }));
}

const ArticleActorRef = builder.objectRef<ArticleActorTable>("ArticleActor").implement({
  description: "An actor as one article presents it.",
  fields: (t) => ({
    actor: t.field({ type: ActorRef, resolve: (x, _a, ctx) => loadActor(ctx, x.actor_id) }),
    name: t.exposeString("name", { description: "The name this article uses." }),
    title: t.exposeString("title", { nullable: true }),
    aliases: t.stringList({ resolve: (x) => JSON.parse(x.aliases) as string[] }),
    affiliation: t.field({
      type: ActorRef,
      nullable: true,
      resolve: (x, _a, ctx) => (x.affiliation_id ? loadActorOrNull(ctx, x.affiliation_id) : null),
    }),
    mentionCount: t.exposeInt("mention_count"),
  }),
});

const MentionRef = builder.objectRef<MentionTable & { text: string }>("Mention").implement({
  description: "A place in the text that names an entity.",
  fields: (t) => ({
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    text: t.exposeString("text"),
    kind: t.field({ type: ActorKindEnum, resolve: (m) => m.kind as "person" }),
    via: t.exposeString("via", { nullable: true }),
    actor: t.field({
      type: ActorRef,
      nullable: true,
      resolve: (m, _a, ctx) => (m.actor_id ? loadActorOrNull(ctx, m.actor_id) : null),
    }),
  }),
});

ArticleRef.implement({
  description: "A stored article and everything the parser found in it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    url: t.exposeString("url", { nullable: true }),
    title: t.exposeString("title", { nullable: true }),
    dek: t.exposeString("dek", { nullable: true }),
    source: t.exposeString("source", { nullable: true }),
    authors: t.stringList({ resolve: (a) => JSON.parse(a.authors) as string[] }),
    publishedAt: t.exposeString("published_at", { nullable: true }),
    ingestedAt: t.exposeString("ingested_at"),
    text: t.string({ resolve: async (a, _x, ctx) => (await textOf(ctx, a)).text }),
    paragraphs: t.field({ type: [PassageRef], resolve: (a, _x, ctx) => spans(ctx, a, "paragraphs") }),
    sentences: t.field({ type: [PassageRef], resolve: (a, _x, ctx) => spans(ctx, a, "sentences") }),
    actors: t.field({
      type: [ArticleActorRef],
      resolve: async (a, _x, ctx, info) => {
        const rows = await ctx.loaders.articleActors.load(a.id);
        const shown = selectedFields(info);
        await preloadActors(ctx, [
          ...(shown.has("actor") ? rows.map((r) => r.actor_id) : []),
          ...(shown.has("affiliation") ? rows.map((r) => r.affiliation_id) : []),
        ]);
        return rows;
      },
    }),
    mentions: t.field({
      type: [MentionRef],
      resolve: async (a, _x, ctx, info) => {
        const [mentions, { text }] = await Promise.all([ctx.loaders.mentions.load(a.id), textOf(ctx, a)]);
        if (selectedFields(info).has("actor"))
          await preloadActors(
            ctx,
            mentions.map((m) => m.actor_id),
          );
        return mentions.map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
      },
    }),
    claims: t.field({
      type: [ClaimRef],
      resolve: (a, _x, ctx, info) => itemsOf(ctx, "claims", ctx.loaders.claimsOfArticle.load(a.id), info),
    }),
    accusations: t.field({
      type: [AccusationRef],
      resolve: (a, _x, ctx, info) => itemsOf(ctx, "accusations", ctx.loaders.accusationsOfArticle.load(a.id), info),
    }),
    denials: t.field({
      type: [DenialRef],
      resolve: (a, _x, ctx, info) => itemsOf(ctx, "denials", ctx.loaders.denialsOfArticle.load(a.id), info),
    }),
    responses: t.field({
      type: [ResponseRef],
      resolve: (a, _x, ctx, info) => itemsOf(ctx, "responses", ctx.loaders.responsesOfArticle.load(a.id), info),
    }),
  }),
});

export const ArticleFilterInput = builder.inputType("ArticleFilter", {
  fields: (t) => ({
    source: t.string({ description: "Publisher (case-insensitive)." }),
    from: t.string({ description: "Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)." }),
    to: t.string({ description: "Published on or before; a month or year includes all of it." }),
    search: t.string({ description: "Words in the title or text (case-insensitive)." }),
    actor: t.id({ description: "Articles in which this actor appears." }),
  }),
});

builder.queryFields((t) => ({
  articles: t.connection(
    {
      type: ArticleRef,
      args: { filter: t.arg({ type: ArticleFilterInput }) },
      resolve: (_root, args, ctx) =>
        articlePage(
          ctx,
          args.filter ? { ...args.filter, actor: args.filter.actor ? String(args.filter.actor) : null } : null,
          args,
        ),
    },
    ArticleConnection,
  ),
  article: t.field({
    type: ArticleRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.article.load(validId("article", args.id) as string),
  }),
}));
