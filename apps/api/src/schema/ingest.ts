import type { ArticleInput } from "@newsgraph/parser";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { userError } from "../errors.js";
import { ingestParsed, parseInput } from "../ingest/ingest.js";
import { deleteArticle } from "../ingest/store-article.js";
import { validId } from "./item-fields.js";
import { ArticleRef } from "./refs.js";

const maxInputChars = 2_000_000;

const ArticleRecordInput = builder.inputType("ArticleRecordInput", {
  fields: (t) => ({
    text: t.string({ required: true }),
    url: t.string(),
    title: t.string(),
    publishedAt: t.string(),
    source: t.string(),
    authors: t.stringList(),
  }),
});

const IngestArticleInput = builder.inputType("IngestArticleInput", {
  description: "Exactly one of text, html or record.",
  fields: (t) => ({
    text: t.string({ description: "A plain-text article as a person would paste it." }),
    html: t.string({ description: "A saved web page." }),
    url: t.string({ description: "Where the HTML came from." }),
    record: t.field({ type: ArticleRecordInput }),
    referenceDate: t.string({
      description: "YYYY-MM-DD that relative dates resolve against when the article has none.",
    }),
  }),
});

const IngestStatusEnum = builder.enumType("IngestStatus", {
  values: {
    STORED: { description: "A new article." },
    UPDATED: { description: "A known article whose parse changed; its items were replaced." },
    UNCHANGED: { description: "Already stored, parsed the same; nothing written." },
  } as const,
});

const IngestErrorCodeEnum = builder.enumType("IngestErrorCode", {
  values: [
    "INVALID_INPUT",
    "EMPTY",
    "BINARY",
    "TOO_LARGE",
    "NO_ARTICLE",
    "INVALID_JSON",
    "INVALID_RECORD",
    "PARSE_FAILED",
    "STORE_FAILED",
  ] as const,
});

type IngestErrorCode = (typeof IngestErrorCodeEnum)["$inferType"];

const IngestSuccessRef = builder
  .objectRef<{ status: "STORED" | "UPDATED" | "UNCHANGED"; articleId: string }>("IngestArticleSuccess")
  .implement({
    fields: (t) => ({
      status: t.field({ type: IngestStatusEnum, resolve: (r) => r.status }),
      article: t.field({
        type: ArticleRef,
        resolve: async (r, _a, ctx) => {
          const article = await ctx.loaders.article.load(r.articleId);
          if (!article) throw new Error("stored article is missing");
          return article;
        },
      }),
    }),
  });

const IngestErrorRef = builder.objectRef<{ code: IngestErrorCode; message: string }>("IngestArticleError").implement({
  fields: (t) => ({
    code: t.field({ type: IngestErrorCodeEnum, resolve: (e) => e.code }),
    message: t.exposeString("message"),
  }),
});

const IngestResult = builder.unionType("IngestArticleResult", {
  types: [IngestSuccessRef, IngestErrorRef],
  resolveType: (r) => ("code" in r ? "IngestArticleError" : "IngestArticleSuccess"),
});

const DeleteResultRef = builder.objectRef<{ id: string; deleted: boolean }>("DeleteArticleResult").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    deleted: t.exposeBoolean("deleted", { description: "False when no such article was stored." }),
  }),
});

function requireToken(ctx: Context) {
  if (!ctx.mayMutate) throw userError("UNAUTHENTICATED", "mutations need Authorization: Bearer <token>");
}

const inputCodes = new Set<string>(["EMPTY", "BINARY", "TOO_LARGE", "NO_ARTICLE", "INVALID_JSON", "INVALID_RECORD"]);

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestResult,
    description: "Parses and stores an article: the stored article, or why it could not be.",
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireToken(ctx);
      const given = [input.text, input.html, input.record].filter((v) => v !== null && v !== undefined);
      if (given.length !== 1)
        return { code: "INVALID_INPUT" as const, message: "give exactly one of text, html or record" };
      const size = (input.text ?? input.html ?? input.record?.text ?? "").length;
      if (size > maxInputChars)
        return { code: "TOO_LARGE" as const, message: `article is over ${maxInputChars} characters` };
      if (input.referenceDate && !/^\d{4}-\d{2}-\d{2}$/.test(input.referenceDate))
        return { code: "INVALID_INPUT" as const, message: "referenceDate must be YYYY-MM-DD" };
      const article: ArticleInput =
        input.text != null
          ? { kind: "text", text: input.text }
          : input.html != null
            ? { kind: "html", html: input.html, url: input.url ?? null }
            : { kind: "record", record: { ...(input.record as NonNullable<typeof input.record>) } };
      const parsed = parseInput(article, "ingestArticle", input.referenceDate);
      if (!parsed.ok) {
        const code = inputCodes.has(parsed.code) ? (parsed.code as IngestErrorCode) : "PARSE_FAILED";
        return { code, message: parsed.reason };
      }
      const outcome = await ingestParsed(ctx.db, parsed.parsed, "ingestArticle");
      if (!outcome.ok) return { code: "STORE_FAILED" as const, message: outcome.reason };
      ctx.loaders.article.clear(outcome.id);
      ctx.loaders.articleText.clear(outcome.id);
      return { status: outcome.status, articleId: outcome.id };
    },
  }),
  deleteArticle: t.field({
    type: DeleteResultRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      requireToken(ctx);
      const id = validId("article", args.id) as string;
      const deleted = await ctx.db.transaction().execute((trx) => deleteArticle(trx, id));
      ctx.loaders.article.clear(id);
      ctx.loaders.articleText.clear(id);
      return { id, deleted };
    },
  }),
}));
