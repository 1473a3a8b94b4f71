import { graphql } from "@/generated";

// Kept shallow: the API's cost limit multiplies every level of nesting (and
// every fragment) by 1.5, so the cards ask for just what they show.

export const ActorRefFragment = graphql(`
  fragment ActorRef on Actor {
    id
    name
    kind
  }
`);

export const EvidenceFragment = graphql(`
  fragment EvidenceParts on Evidence {
    start
    end
    text
    sentence {
      text
    }
    article {
      id
      title
      publishedAt
      source
    }
  }
`);

export const AccusationFragment = graphql(`
  fragment AccusationParts on Accusation {
    id
    date
    category
    accuser {
      id
      name
    }
    accused {
      id
      name
    }
    article {
      id
      title
    }
    evidence {
      text
      sentence {
        text
      }
    }
  }
`);

export const ResponseFragment = graphql(`
  fragment ResponseParts on Response {
    id
    date
    resolvedDate
    type
    modality
    actor {
      id
      name
    }
    targets {
      id
      name
    }
    article {
      id
      title
    }
    evidence {
      text
    }
    respondsTo {
      __typename
      ... on Accusation {
        id
        accuser {
          name
        }
      }
      ... on Response {
        id
        type
      }
      ... on Denial {
        id
      }
      ... on Claim {
        id
      }
    }
  }
`);
