import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import type { ArticleMeta, ItemColumns } from "../db/tables.js";
import { ArticleRef } from "./refs.js";
import { articleIdOnly, selectedFields } from "./selection.js";

/** A stretch of an article's text. `within` is a known larger stretch, so most texts need no article load. */
export interface PassageShape {
  start: number;
  end: number;
  articleId: string;
  within?: { start: number; text: string };
}

export const PassageRef = builder.objectRef<PassageShape>("Passage").implement({
  description: "A span of an article's text: UTF-16 offsets (end exclusive) and the words there.",
  fields: (t) => ({
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    text: t.string({ resolve: (p, _args, ctx) => passageText(p, ctx) }),
  }),
});

// Synchronous when the passage lies in a known stretch (almost always): a promise a field
// costs the executor more than the slice.
function passageText(p: PassageShape, ctx: Context): string | Promise<string> {
  const w = p.within;
  if (w && p.start >= w.start && p.end <= w.start + w.text.length)
    return w.text.slice(p.start - w.start, p.end - w.start);
  return ctx.loaders.articleText
    .load(p.articleId)
    .then((article) => (article ? article.text.slice(p.start, p.end) : ""));
}

export const EvidenceRef = builder.objectRef<ItemColumns>("Evidence").implement({
  description: "Where an item comes from: its span, the words of it, the sentence around it, and the article.",
  fields: (t) => ({
    start: t.exposeInt("evidence_start"),
    end: t.exposeInt("evidence_end"),
    text: t.exposeString("evidence_text"),
    sentence: t.field({
      type: PassageRef,
      resolve: (i) => ({
        start: i.sentence_start,
        end: i.sentence_end,
        articleId: i.article_id,
        within: { start: i.sentence_start, text: i.sentence_text },
      }),
    }),
    article: t.field({ type: ArticleRef, resolve: (i, _a, ctx, info) => itemArticle(ctx, i.article_id, info) }),
  }),
});

/** A span of an item's article, sliced from the item's sentence or evidence when it lies inside them. */
export function passageOf(item: ItemColumns, start: number | null, end: number | null): PassageShape | null {
  if (start === null || end === null) return null;
  const inEvidence = start >= item.evidence_start && end <= item.evidence_end;
  return {
    start,
    end,
    articleId: item.article_id,
    within: inEvidence
      ? { start: item.evidence_start, text: item.evidence_text }
      : { start: item.sentence_start, text: item.sentence_text },
  };
}

/**
 * An item's article as its field shows it: only its id when that is all the selection
 * asks for (an actor's timeline links sixty items to their articles; reading the sixty
 * rows was a third of its request), else the article's row.
 */
export function itemArticle(ctx: Context, id: string, info: GraphQLResolveInfo) {
  // Typed as the whole row: a row with only its id reaches only the id field.
  if (articleIdOnly(selectedFields(info))) return { id } as ArticleMeta;
  return loadArticle(ctx, id);
}

/** An item's article, without a promise when its batch has loaded it. */
export function loadArticle(ctx: Context, id: string) {
  return (
    ctx.loaders.article.peek(id) ??
    ctx.loaders.article.load(id).then((article) => {
      if (!article) throw new Error(`article ${id} is missing`);
      return article;
    })
  );
}
