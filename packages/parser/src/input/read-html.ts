import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleMeta } from "../doc.js";
import { ArticleInputError } from "../errors.js";
import { htmlMetadata } from "./html-metadata.js";
import { blockText, collapse } from "./html-text.js";

export interface HtmlArticle {
  text: string;
  meta: Partial<ArticleMeta>;
  /** Set when Readability found no article and all paragraphs were used instead. */
  fallback: boolean;
}

/** Below this many characters of paragraph text a page holds no article. */
const MIN_ARTICLE_CHARS = 80;

/**
 * The main text of a saved page (Readability over a linkedom document) as
 * paragraphs separated by blank lines, with the metadata the page declares.
 */
export function readHtml(name: string, html: string, url: string | null = null): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = htmlMetadata(document);
  if (url) meta.url = url;
  let fallback = false;
  let text = "";
  let article: ReturnType<Readability<Node>["parse"]> = null;
  try {
    article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  } catch {
    article = null;
  }
  if (article?.content) text = blockText(article.content);
  if (text.length < MIN_ARTICLE_CHARS) {
    // Readability gives up on short or oddly built pages; the page's own paragraphs may still be the story.
    const paragraphs = Array.from(parseHTML(html).document.querySelectorAll("p")).map((p) =>
      collapse(p.textContent ?? ""),
    );
    const joined = paragraphs.filter((p) => p.length > 0).join("\n\n");
    if (joined.length > text.length) {
      text = joined;
      fallback = true;
    }
  }
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new ArticleInputError(name, "NO_ARTICLE", "the page has no article text");
  }
  meta.source ??= article?.siteName ?? null;
  meta.title ??= article?.title ? withoutSiteName(collapse(article.title), meta.source ?? null) : null;
  meta.publishedAt ??= article?.publishedTime ?? null;
  if (!meta.authors?.length && article?.byline) {
    const byline = collapse(article.byline).replace(/^by\s+/i, "");
    meta.authors = byline ? byline.split(/\s*,\s*(?:and\s+)?|\s+and\s+/) : [];
  }
  return { text, meta, fallback };
}

/** "Headline - The Daily Ledger" → "Headline", when the suffix is the site's name. */
function withoutSiteName(title: string, site: string | null): string {
  const m = /^(.{10,}?)\s+[-|–—·:]\s+([^-|–—·:]{2,60})$/.exec(title);
  if (!m?.[1]) return title;
  const suffix = (m[2] ?? "").toLowerCase();
  return site && (suffix === site.toLowerCase() || site.toLowerCase().includes(suffix)) ? m[1] : title;
}
