import type { ParsedArticle } from "../model.js";

/** A few human-readable lines about one parsed article. */
export function summarize(file: string, article: ParsedArticle): string {
  const meta = [article.source, article.publishedAt?.slice(0, 10), article.authors.join(", ")].filter((x) => x);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const lines = [
    `${file}: ${article.title ?? "(no title)"}`,
    meta.length ? `  ${meta.join(" · ")}` : null,
    `  ${[
      count(article.paragraphs.length, "paragraph"),
      count(article.sentences.length, "sentence"),
      count(article.actors.length, "actor"),
      count(article.claims.length, "claim"),
      count(article.accusations.length, "accusation"),
      count(article.denials.length, "denial"),
      count(article.responses.length, "response"),
    ].join(", ")}`,
    article.actors.length
      ? `  actors: ${article.actors
          .slice(0, 8)
          .map((a) => `${a.name} (${a.kind})`)
          .join(", ")}${article.actors.length > 8 ? ", ..." : ""}`
      : null,
    ...article.messages.slice(0, 3).map((m) => `  note: ${m.reason}`),
  ];
  return `${lines.filter((l) => l !== null).join("\n")}\n`;
}
