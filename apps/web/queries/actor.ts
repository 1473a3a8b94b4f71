import { queryOptions } from "@tanstack/react-query";
import { graphql } from "@/generated";
import { graphqlRequest } from "@/lib/graphql-request";

const ActorQuery = graphql(`
  query ActorPage($id: ID!) {
    actor(id: $id) {
      id
      name
      kind
      code
      title
      aliases
      affiliation {
        id
        name
      }
      counts {
        articles
        mentions
        claims
        accusationsMade
        accusationsReceived
        denials
        responsesGiven
        responsesReceived
      }
      claims(first: 20) {
        totalCount
        edges {
          node {
            id
            date
            kind
            content {
              text
            }
            evidence {
              ...EvidenceParts
            }
          }
        }
      }
      accusationsMade(first: 20) {
        totalCount
        edges {
          node {
            ...AccusationParts
          }
        }
      }
      accusationsReceived(first: 20) {
        totalCount
        edges {
          node {
            ...AccusationParts
          }
        }
      }
      denials(first: 20) {
        totalCount
        edges {
          node {
            id
            date
            evidence {
              ...EvidenceParts
            }
          }
        }
      }
      responsesGiven(first: 20) {
        totalCount
        edges {
          node {
            ...ResponseParts
          }
        }
      }
      responsesReceived(first: 20) {
        totalCount
        edges {
          node {
            ...ResponseParts
          }
        }
      }
      articles(first: 20) {
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
  }
`);

export function actorQuery(id: string) {
  return queryOptions({
    queryKey: ["actor", id],
    queryFn: ({ signal }) => graphqlRequest(ActorQuery, { id }, signal),
  });
}
