import { ArticleInputError, parseArticle } from "@newsgraph/parser";
import type { ArticleView } from "@/lib/article-view";
import type { IngestDocument } from "@/lib/ingest-input";
import { parsedArticleView } from "@/lib/parsed-article-view";

// A preview parses on this server with the same parser the API stores with,
// so the browser downloads no parser and nothing is saved until asked.
const MAX_DOCUMENTS = 20;
const MAX_BYTES = 5_000_000;

export interface PreviewResult {
  name: string;
  error: string | null;
  article: (ArticleView & { title: string | null; publishedAt: string | null; source: string | null }) | null;
  counts: Record<"actors" | "claims" | "accusations" | "denials" | "responses", number> | null;
  messages: string[];
}

function preview(document: IngestDocument): PreviewResult {
  try {
    const input =
      document.format === "html"
        ? ({ kind: "html", html: document.content } as const)
        : document.format === "record"
          ? ({ kind: "record", record: JSON.parse(document.content) } as const)
          : ({ kind: "text", text: document.content } as const);
    const parsed = parseArticle(input, { name: document.name });
    return {
      name: document.name,
      error: null,
      article: {
        ...parsedArticleView(parsed),
        title: parsed.title,
        publishedAt: parsed.publishedAt,
        source: parsed.source,
      },
      counts: {
        actors: parsed.actors.length,
        claims: parsed.claims.length,
        accusations: parsed.accusations.length,
        denials: parsed.denials.length,
        responses: parsed.responses.length,
      },
      messages: parsed.messages.map((message) => message.reason),
    };
  } catch (error) {
    const message =
      error instanceof ArticleInputError || error instanceof SyntaxError
        ? error.message
        : "the parser failed on this input";
    return { name: document.name, error: message, article: null, counts: null, messages: [] };
  }
}

export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  if (body.length > MAX_BYTES) {
    return Response.json({ error: `Too large to preview (over ${MAX_BYTES / 1e6} MB).` }, { status: 413 });
  }
  let documents: IngestDocument[];
  try {
    documents = (JSON.parse(body) as { documents: IngestDocument[] }).documents;
    if (!Array.isArray(documents)) throw new Error();
  } catch {
    return Response.json({ error: "Expected {documents: [...]}" }, { status: 400 });
  }
  const results = documents
    .slice(0, MAX_DOCUMENTS)
    .filter((document) => typeof document?.content === "string")
    .map((document) =>
      preview({
        name: String(document.name ?? "input"),
        format: document.format === "html" || document.format === "record" ? document.format : "text",
        content: document.content,
      }),
    );
  return Response.json({ results, omitted: Math.max(0, documents.length - MAX_DOCUMENTS) });
}
