import { queryOptions } from "@tanstack/react-query";
import { graphql } from "@/generated";
import { graphqlRequest } from "@/lib/graphql-request";

const ActorQuery = graphql(`
  query ActorPage($id: ID!) {
    claimsMade: claims(filter: { actor: $id }, first: 10) {
      totalCount
      edges {
        node {
          id
          date
          content {
            text
          }
          article {
            id
          }
        }
      }
    }
    accusationsMade: accusations(filter: { actor: $id }, first: 10) {
      totalCount
      edges {
        node {
          ...AccusationParts
        }
      }
    }
    accusationsReceived: accusations(filter: { counterpart: $id }, first: 10) {
      totalCount
      edges {
        node {
          ...AccusationParts
        }
      }
    }
    denials(filter: { actor: $id }, first: 10) {
      totalCount
      edges {
        node {
          id
          date
          evidence {
            text
          }
          article {
            id
          }
        }
      }
    }
    responsesGiven: responses(filter: { actor: $id }, first: 10) {
      totalCount
      edges {
        node {
          ...ResponseParts
        }
      }
    }
    responsesReceived: responses(filter: { counterpart: $id }, first: 10) {
      totalCount
      edges {
        node {
          ...ResponseParts
        }
      }
    }
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
      articles(first: 10) {
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
