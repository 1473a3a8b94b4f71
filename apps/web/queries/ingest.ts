import { graphql } from "@/generated";
import type { IngestArticleInput } from "@/generated/graphql";
import { graphqlRequest } from "@/lib/graphql-request";
import type { IngestDocument } from "@/lib/ingest-input";

const IngestMutation = graphql(`
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      __typename
      ... on IngestArticleSuccess {
        status
        article {
          id
          title
        }
      }
      ... on IngestArticleError {
        code
        message
      }
    }
  }
`);

export function ingestInput(document: IngestDocument): IngestArticleInput {
  if (document.format === "html") return { html: document.content };
  if (document.format === "record") {
    // Only the fields the API takes: a record may carry others (an id, a file name).
    const { text, url, title, publishedAt, source, authors } = JSON.parse(document.content);
    return { record: { text, url, title, publishedAt, source, authors: Array.isArray(authors) ? authors : null } };
  }
  return { text: document.content };
}

export function ingestDocument(document: IngestDocument) {
  return graphqlRequest(IngestMutation, { input: ingestInput(document) });
}
