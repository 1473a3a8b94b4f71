import { queryOptions } from "@tanstack/react-query";
import { graphql } from "@/generated";
import type { Filters } from "@/lib/filters";
import { graphqlRequest } from "@/lib/graphql-request";
import { accusationFilter } from "./network";

const MatrixQuery = graphql(`
  query AccusationMatrix($filter: AccusationFilter, $limit: Int) {
    accusationMatrix(filter: $filter, limit: $limit) {
      cells {
        count
        accuser {
          id
          name
        }
        accused {
          id
          name
        }
      }
    }
  }
`);

export function matrixQuery(filters: Filters) {
  const filter = accusationFilter(filters);
  return queryOptions({
    queryKey: ["matrix", filter],
    queryFn: ({ signal }) => graphqlRequest(MatrixQuery, { filter, limit: 20 }, signal),
  });
}
