import { queryOptions } from "@tanstack/react-query";
import { graphql } from "@/generated";
import type { Modality } from "@/generated/graphql";
import type { Filters } from "@/lib/filters";
import { graphqlRequest } from "@/lib/graphql-request";

const ResponsesQuery = graphql(`
  query ResponsesList($filter: ResponseFilter, $after: String) {
    responses(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ResponseParts
        }
      }
    }
  }
`);

export function responsesQuery(filters: Filters, modalities: Modality[], after: string | null) {
  const filter = { from: filters.from, to: filters.to, modalities: modalities.length ? modalities : null };
  return queryOptions({
    queryKey: ["responses", filter, after],
    queryFn: ({ signal }) => graphqlRequest(ResponsesQuery, { filter, after }, signal),
  });
}
