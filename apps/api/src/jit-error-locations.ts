import type { GraphQLError, Source } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * graphql-jit's errors know their locations (line and column) but not the
 * nodes or source positions Yoga rebuilds every error from when it serialises
 * it, so without this a compiled document's errors would lose `locations`.
 * Gives each such error its source and positions, as the interpreter's have.
 */
export const jitErrorLocationsPlugin: Plugin = {
  onExecute({ args }) {
    const source = args.document.loc?.source;
    if (!source) return;
    return {
      onExecuteDone({ result }) {
        const errors = (result as { errors?: readonly GraphQLError[] }).errors;
        if (!errors?.length) return;
        let lineStarts: number[] | null = null;
        for (const error of errors) {
          if (error.nodes || error.positions || !error.locations?.length) continue;
          lineStarts ??= startsOfLines(source);
          const starts = lineStarts;
          const positions = error.locations.map((l) => (starts[l.line - 1] ?? 0) + l.column - 1);
          Object.defineProperty(error, "source", { value: source, configurable: true, writable: true });
          Object.defineProperty(error, "positions", { value: positions, configurable: true, writable: true });
        }
      },
    };
  },
};

function startsOfLines(source: Source): number[] {
  const starts = [0];
  const body = source.body;
  // The same line breaks as GraphQL's lexer: \n, \r\n and a lone \r.
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 10 || (c === 13 && body.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
