import { queryOptions } from "@tanstack/react-query";
import { graphql } from "@/generated";
import type { Filters } from "@/lib/filters";
import { graphqlRequest } from "@/lib/graphql-request";

const NetworkQuery = graphql(`
  query AccusationNetwork($filter: AccusationFilter, $limit: Int) {
    accusationNetwork(filter: $filter, limit: $limit) {
      nodes {
        ...ActorRef
      }
      edges {
        count
        accuser {
          id
        }
        accused {
          id
        }
      }
    }
  }
`);

const EdgeAccusationsQuery = graphql(`
  query EdgeAccusations($filter: AccusationFilter) {
    accusations(filter: $filter, first: 25) {
      totalCount
      edges {
        node {
          ...AccusationParts
        }
      }
    }
  }
`);

export function accusationFilter(filters: Filters) {
  return { from: filters.from, to: filters.to, categories: filters.category ? [filters.category] : null };
}

export function networkQuery(filters: Filters) {
  const filter = accusationFilter(filters);
  return queryOptions({
    queryKey: ["network", filter],
    queryFn: ({ signal }) => graphqlRequest(NetworkQuery, { filter, limit: 150 }, signal),
  });
}

/** The accusations behind one edge of the network, with their evidence. */
export function edgeAccusationsQuery(filters: Filters, accuser: string, accused: string) {
  const filter = { ...accusationFilter(filters), actor: accuser, counterpart: accused };
  return queryOptions({
    queryKey: ["edge-accusations", filter],
    queryFn: ({ signal }) => graphqlRequest(EdgeAccusationsQuery, { filter }, signal),
  });
}
