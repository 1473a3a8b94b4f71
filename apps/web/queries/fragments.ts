import { graphql } from "@/generated";

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
      ...ActorRef
    }
    accused {
      ...ActorRef
    }
    allegation {
      text
    }
    evidence {
      ...EvidenceParts
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
      ...ActorRef
    }
    targets {
      ...ActorRef
    }
    evidence {
      ...EvidenceParts
    }
    respondsTo {
      __typename
      ... on Accusation {
        id
        accuser {
          name
        }
        evidence {
          text
          article {
            id
          }
        }
      }
      ... on Response {
        id
        type
        actor {
          name
        }
        evidence {
          text
          article {
            id
          }
        }
      }
      ... on Denial {
        id
        denier {
          name
        }
        evidence {
          text
          article {
            id
          }
        }
      }
      ... on Claim {
        id
        speaker {
          name
        }
        evidence {
          text
          article {
            id
          }
        }
      }
    }
  }
`);
