import type { ArticleMeta } from "../doc.js";
import { collapse } from "./html-text.js";

/**
 * Article metadata a page declares about itself: JSON-LD (NewsArticle and
 * kin), then <meta> tags (Open Graph, article:*, name="author"...), then
 * <time datetime>. Missing fields stay null for later stages to fill.
 */
export function htmlMetadata(document: Document): Partial<ArticleMeta> {
  const ld = jsonLdArticle(document);
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const content = collapse(el?.getAttribute("content") ?? "");
      if (content) return content;
    }
    return null;
  };
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  const authors = ldNames(ld?.author);
  if (!authors.length) {
    const author = meta("author", "article:author", "parsely-author", "sailthru.author");
    if (author && !/^https?:/i.test(author)) authors.push(...author.split(/\s*(?:,|\band\b)\s*/).filter((a) => a));
  }
  return {
    title: str(ld?.headline) ?? meta("og:title", "twitter:title", "headline"),
    dek: meta("og:description", "description", "twitter:description") ?? str(ld?.description),
    url: absoluteUrl(str(ld?.url) ?? meta("og:url") ?? canonical),
    source: ldNames(ld?.publisher)[0] ?? meta("og:site_name", "application-name"),
    authors,
    publishedAt:
      str(ld?.datePublished) ??
      meta(
        "article:published_time",
        "datePublished",
        "date",
        "pubdate",
        "publishdate",
        "parsely-pub-date",
        "dc.date",
      ) ??
      document.querySelector("time[datetime]")?.getAttribute("datetime") ??
      null,
  };
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|Report)$/;

function jsonLdArticle(document: Document): Json | null {
  let found: Json | null = null;
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    for (const item of flatten(value)) {
      const types = ([] as unknown[]).concat(item["@type"]);
      if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) {
        // A NewsArticle outranks a plain WebPage describing the same page.
        if (!found || types.some((t) => t !== "WebPage")) found = item;
      }
    }
  }
  return found;
}

function flatten(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (!value || typeof value !== "object") return [];
  const item = value as Json;
  return [item, ...flatten(item["@graph"])];
}

function ldNames(value: unknown): string[] {
  return ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === "string" ? v : v && typeof v === "object" ? str((v as Json).name) : null))
    .filter((n): n is string => !!n && !/^https?:/i.test(n));
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? collapse(value) : null;
}

function absoluteUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
