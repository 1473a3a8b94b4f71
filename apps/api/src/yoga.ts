import { useGraphQlJit } from "@envelop/graphql-jit";
import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { type DocumentNode, type ExecutionArgs, type GraphQLError, Kind, type OperationDefinitionNode } from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import { createGraphQLError, createYoga, type FetchAPI, type Plugin, type YogaServerInstance } from "graphql-yoga";
import type { Context } from "./context.js";
import type { DatabaseHandle } from "./db/database.js";
import { jitErrorLocationsPlugin } from "./jit-error-locations.js";
import { createLoaders } from "./queries/loaders.js";
import { responseCachePlugin } from "./response-cache.js";
import { schema } from "./schema/index.js";

export interface YogaOptions {
  database: DatabaseHandle;
  /** When set, mutations need `Authorization: Bearer <token>`. */
  token?: string | null;
  graphiql?: boolean;
  /** Cache query results until the next write (default true). */
  responseCache?: boolean;
}

// Limits that keep one request from tying up the server; the dashboard's deepest query is 6 levels.
export const limits = { maxDepth: 12, maxCost: 20_000, maxAliases: 30, maxBodyBytes: 8 * 1024 * 1024 };

const tooLarge = {
  message: `request body over ${limits.maxBodyBytes} bytes`,
  extensions: { code: "PAYLOAD_TOO_LARGE", http: { status: 413 } },
};

/**
 * Refuses oversized bodies. A body with a Content-Length (every browser's and fetch's POST)
 * is refused from that header before it is read: Node's HTTP parser ends the body at that
 * length, so nothing longer arrives. Only a body without one (chunked) is counted as it is
 * read. Yoga's own limit (turned off below) piped every body through a counting stream and
 * a second Request: about a third of the CPU of a light uncached request (BENCHMARKS.md, "API").
 */
const bodyLimitPlugin: Plugin = {
  onRequest({ request, endResponse, fetchAPI }) {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > limits.maxBodyBytes) {
      const { message, extensions } = tooLarge;
      const body = { errors: [{ message, extensions: { code: extensions.code } }] };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), { status: 413, headers: { "content-type": "application/json" } }),
      );
    }
  },
  onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
    if (request.headers.has("content-length") || request.method === "GET" || !requestParser) return;
    setRequestParser((req) => requestParser(countedBody(req, fetchAPI)));
  },
};

/** The request with its body read through a counter that fails past the limit. */
function countedBody(request: Request, fetchAPI: FetchAPI): Request {
  const body = request.body;
  if (!body) return request;
  let read = 0;
  // A native stream needs the native TransformStream, the ponyfill's the ponyfill's (as Yoga does).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  const counted = body.pipeThrough(
    new Transform({
      transform(chunk: Uint8Array, controller: TransformStreamDefaultController<Uint8Array>) {
        read += chunk.byteLength;
        if (read > limits.maxBodyBytes) controller.error(createGraphQLError(tooLarge.message, tooLarge));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: counted,
    duplex: "half",
  } as RequestInit);
}

/** Whether the request's variables coerce to the operation's types. */
function variablesFit(args: ExecutionArgs): boolean {
  const operation = args.document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
  );
  const definitions = operation?.variableDefinitions ?? [];
  if (definitions.length === 0) return true;
  return !("errors" in getVariableValues(args.schema, definitions, args.variableValues ?? {}, { maxErrors: 1 }));
}

// graphql-armor's rejections carry no code; give them one so clients can tell them apart.
function withCode(code: string) {
  return (_context: unknown, error: GraphQLError) => {
    (error.extensions as Record<string, unknown>).code = code;
  };
}

export function buildYoga(options: YogaOptions): YogaServerInstance<Record<string, never>, Context> {
  const { db, dialect } = options.database;
  // Yoga's parse cache hands back the same document object for the same text.
  const runs = new WeakMap<DocumentNode, number>();
  const runsAgain = (document: DocumentNode) => {
    const n = (runs.get(document) ?? 0) + 1;
    runs.set(document, n);
    return n >= 2;
  };
  const token = options.token || null;
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: options.graphiql ?? true,
    // GraphiQL served from the package itself, so it works with no outside network
    renderGraphiQL,
    landingPage: false,
    // bodyLimitPlugin limits bodies, more cheaply than Yoga's own limit.
    maxRequestBodySize: false,
    // Unexpected errors reach the client as "Unexpected error."; expected ones carry extensions.code.
    maskedErrors: true,
    plugins: [
      // A document that runs again is compiled to JavaScript: 10-30% less CPU a request on
      // the dashboard's documents than the interpreting executor (BENCHMARKS.md, "API").
      // A one-off query is interpreted, as compiling it would cost more than it saves.
      // Variables that do not fit are left to the interpreter, whose errors (and 400 status) they keep.
      useGraphQlJit({}, { enableIf: (args) => runsAgain(args.document) && variablesFit(args) }),
      jitErrorLocationsPlugin,
      bodyLimitPlugin,
      ...(options.responseCache === false ? [] : [responseCachePlugin(db)]),
      maxDepthPlugin({ n: limits.maxDepth, exposeLimits: true, onReject: [withCode("QUERY_TOO_DEEP")] }),
      costLimitPlugin({ maxCost: limits.maxCost, exposeLimits: true, onReject: [withCode("QUERY_TOO_COSTLY")] }),
      maxAliasesPlugin({ n: limits.maxAliases, exposeLimits: true, onReject: [withCode("TOO_MANY_ALIASES")] }),
    ],
    context: ({ request }) => ({
      db,
      dialect,
      loaders: createLoaders(db),
      mayMutate: !token || request.headers.get("authorization") === `Bearer ${token}`,
    }),
  });
}
