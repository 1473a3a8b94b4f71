import { graphql } from "@/generated";
import { actorPartQuery } from "./actor-part";

// An actor page sends two documents on first load, the header and the open tab
// (the timeline unless the URL names another, queries/actor-tabs.ts): one document
// of seven lists cost the API twice the CPU of the header and the timeline together.
// The counts are the lists' totals too, so no list asks for its own.
const ActorHeaderQuery = graphql(`
  query ActorHeader($id: ID!) {
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
    }
  }
`);

// What the timeline shows of each item: its day, its words and a link to it.
const ActorTimelineQuery = graphql(`
  query ActorTimeline($id: ID!) {
    claimsMade: claims(filter: { actor: $id }, first: 10) {
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
    accusationsReceived: accusations(filter: { counterpart: $id }, first: 10) {
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
    responsesGiven: responses(filter: { actor: $id }, first: 10) {
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
    responsesReceived: responses(filter: { counterpart: $id }, first: 10) {
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

export const actorHeaderQuery = actorPartQuery("header", ActorHeaderQuery);
export const actorTimelineQuery = actorPartQuery("timeline", ActorTimelineQuery);
