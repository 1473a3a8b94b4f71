import { queryOptions } from "@tanstack/react-query";
import { graphql } from "@/generated";
import { graphqlRequest } from "@/lib/graphql-request";

const ArticleQuery = graphql(`
  query ArticlePage($id: ID!) {
    article(id: $id) {
      id
      title
      dek
      url
      source
      authors
      publishedAt
      text
      paragraphs {
        start
        end
      }
      mentions {
        start
        end
        actor {
          id
        }
      }
      actors {
        name
        title
        mentionCount
        actor {
          ...ActorRef
        }
      }
      claims {
        id
        kind
        speaker {
          id
          name
        }
        source {
          start
          end
        }
        cue {
          start
          end
        }
        content {
          start
          end
          text
        }
        evidence {
          start
          end
          text
        }
      }
      accusations {
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
        evidence {
          start
          end
          text
        }
      }
      denials {
        id
        date
        denier {
          id
          name
        }
        evidence {
          start
          end
          text
        }
        respondsTo {
          id
        }
      }
      responses {
        id
        date
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
        evidence {
          start
          end
          text
        }
        respondsTo {
          __typename
          ... on Accusation {
            id
          }
          ... on Response {
            id
          }
          ... on Denial {
            id
          }
          ... on Claim {
            id
          }
        }
      }
    }
  }
`);

export function articleQuery(id: string) {
  return queryOptions({
    queryKey: ["article", id],
    queryFn: ({ signal }) => graphqlRequest(ArticleQuery, { id }, signal),
  });
}
