import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { queryOptions } from "@tanstack/react-query";
import { graphqlRequest } from "@/lib/graphql-request";

/**
 * The query options of one part of an actor's page (its header or a tab), each
 * its own document under the key ["actor", id, part], so that a tab's list is
 * cached and fetched apart from the others.
 */
export function actorPartQuery<TResult>(part: string, document: DocumentTypeDecoration<TResult, { id: string }>) {
  return (id: string) =>
    queryOptions({
      queryKey: ["actor", id, part],
      queryFn: ({ signal }) => graphqlRequest(document, { id }, signal),
    });
}
