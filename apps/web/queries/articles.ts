import { queryOptions } from "@tanstack/react-query";
import { graphql } from "@/generated";
import type { Filters } from "@/lib/filters";
import { graphqlRequest } from "@/lib/graphql-request";

const ArticlesQuery = graphql(`
  query ArticleList($filter: ArticleFilter, $after: String) {
    articles(filter: $filter, first: 30, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          publishedAt
          source
          url
        }
      }
    }
  }
`);

export function articlesQuery(filters: Filters, search: string | null, after: string | null) {
  const filter = { from: filters.from, to: filters.to, search };
  return queryOptions({
    queryKey: ["articles", filter, after],
    queryFn: ({ signal }) => graphqlRequest(ArticlesQuery, { filter, after }, signal),
  });
}
