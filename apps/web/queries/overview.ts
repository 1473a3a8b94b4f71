import { queryOptions } from "@tanstack/react-query";
import { graphql } from "@/generated";
import type { Filters } from "@/lib/filters";
import { graphqlRequest } from "@/lib/graphql-request";

const OverviewQuery = graphql(`
  query Overview($from: String, $to: String) {
    corpusStats {
      articles
      actors
      claims
      accusations
      denials
      responses
      firstPublished
      lastPublished
    }
    topAccusers: topActors(role: ACCUSER, filter: { from: $from, to: $to }, limit: 8) {
      count
      actor {
        ...ActorRef
      }
    }
    topAccused: topActors(role: ACCUSED, filter: { from: $from, to: $to }, limit: 8) {
      count
      actor {
        ...ActorRef
      }
    }
    latest: articles(first: 8, filter: { from: $from, to: $to }) {
      totalCount
      edges {
        node {
          id
          title
          publishedAt
          source
        }
      }
    }
  }
`);

export function overviewQuery(filters: Filters) {
  const variables = { from: filters.from, to: filters.to };
  return queryOptions({
    queryKey: ["overview", variables],
    queryFn: ({ signal }) => graphqlRequest(OverviewQuery, variables, signal),
  });
}
