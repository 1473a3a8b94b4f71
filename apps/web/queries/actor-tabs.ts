import { graphql } from "@/generated";
import { actorPartQuery } from "./actor-part";

// One document a tab of the actor page, sent when the tab opens (or first, when the URL
// names it). Their totals are the header's counts, so none asks for totalCount.

const ActorAccusationsQuery = graphql(`
  query ActorAccusations($id: ID!) {
    accusationsMade: accusations(filter: { actor: $id }, first: 10) {
      edges {
        node {
          ...AccusationParts
        }
      }
    }
    accusationsReceived: accusations(filter: { counterpart: $id }, first: 10) {
      edges {
        node {
          ...AccusationParts
        }
      }
    }
  }
`);

const ActorResponsesQuery = graphql(`
  query ActorResponses($id: ID!) {
    responsesGiven: responses(filter: { actor: $id }, first: 10) {
      edges {
        node {
          ...ResponseParts
        }
      }
    }
    responsesReceived: responses(filter: { counterpart: $id }, first: 10) {
      edges {
        node {
          ...ResponseParts
        }
      }
    }
  }
`);

const ActorDenialsQuery = graphql(`
  query ActorDenials($id: ID!) {
    denials(filter: { actor: $id }, first: 10) {
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
  }
`);

const ActorClaimsQuery = graphql(`
  query ActorClaims($id: ID!) {
    claims(filter: { actor: $id }, first: 10) {
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
  }
`);

const ActorArticlesQuery = graphql(`
  query ActorArticles($id: ID!) {
    actor(id: $id) {
      id
      articles(first: 10) {
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

export const actorAccusationsQuery = actorPartQuery("accusations", ActorAccusationsQuery);
export const actorResponsesQuery = actorPartQuery("responses", ActorResponsesQuery);
export const actorDenialsQuery = actorPartQuery("denials", ActorDenialsQuery);
export const actorClaimsQuery = actorPartQuery("claims", ActorClaimsQuery);
export const actorArticlesQuery = actorPartQuery("articles", ActorArticlesQuery);
