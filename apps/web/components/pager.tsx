"use client";

import { useUrlParams } from "@/hooks/use-url-params";

/** First / next page buttons for a cursor-paged list whose cursor lives in the URL's `after`. */
export function Pager({
  after,
  pageInfo,
}: {
  after: string | null;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
}) {
  const [, setParams] = useUrlParams();
  return (
    <div className="actions">
      {after ? (
        <button type="button" onClick={() => setParams({ after: null })}>
          First page
        </button>
      ) : null}
      {pageInfo?.hasNextPage ? (
        <button type="button" onClick={() => setParams({ after: pageInfo.endCursor ?? null })}>
          Next page
        </button>
      ) : null}
    </div>
  );
}
