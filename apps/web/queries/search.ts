import { queryOptions } from "@tanstack/react-query";
import { graphql } from "@/generated";
import { graphqlRequest } from "@/lib/graphql-request";

const SearchQuery = graphql(`
  query Search($q: String!) {
    articles(filter: { search: $q }, first: 10) {
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
    actors(filter: { search: $q }, first: 10) {
      totalCount
      edges {
        node {
          ...ActorRef
          aliases
        }
      }
    }
    claims(filter: { search: $q }, first: 10) {
      totalCount
      edges {
        node {
          id
          speaker {
            id
            name
          }
          evidence {
            ...EvidenceParts
          }
        }
      }
    }
  }
`);

export function searchQuery(q: string) {
  return queryOptions({
    queryKey: ["search", q],
    queryFn: ({ signal }) => graphqlRequest(SearchQuery, { q }, signal),
    enabled: q.length > 0,
  });
}
