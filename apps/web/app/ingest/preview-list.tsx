"use client";

import type { PreviewResult } from "@/app/api/preview/route";
import { ArticleReader } from "@/components/article/article-reader";

/** What the parser makes of each document, before anything is stored. */
export function PreviewList({ results, omitted }: { results: PreviewResult[]; omitted: number }) {
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      {results.map((result, index) => (
        <details key={`${result.name}-${index}`} open={index === 0} className="preview">
          <summary>
            <strong>{result.article?.title ?? result.name}</strong>{" "}
            {result.error ? (
              <span className="chart-error">— cannot be parsed: {result.error}</span>
            ) : (
              <span className="muted" data-preview-counts="">
                {result.article?.publishedAt ?? "undated"} · {result.counts?.actors} actors · {result.counts?.claims}{" "}
                claims · {result.counts?.accusations} accusations · {result.counts?.denials} denials ·{" "}
                {result.counts?.responses} responses
              </span>
            )}
          </summary>
          {result.messages.length > 0 ? (
            <ul className="muted">
              {result.messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
          {result.article ? <ArticleReader view={result.article} /> : null}
        </details>
      ))}
      {omitted > 0 ? <p className="muted">…and {omitted} more, not previewed; Save stores them all.</p> : null}
    </section>
  );
}
