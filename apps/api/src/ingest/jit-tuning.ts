import { setFlagsFromString } from "node:v8";

/**
 * V8 settings for a process whose job is one pass of ingest (`pnpm ingest`, the bench). By default
 * V8 hands a function to its optimising compiler after little use, and the parser is a large
 * bundle whose functions are big: on one pass over the bench corpus V8's background threads spent
 * more CPU compiling (about 5 s, some functions compiled ten times) than the parse itself on the
 * main thread (about 4 s), and on two cores those threads take the core a parse worker or the
 * storing thread needs. A higher interrupt budget optimises only what stays hot, and a smaller
 * inlining budget keeps each optimised function's graph small: about a third less CPU in all for
 * the same pass, the main thread's share unchanged (BENCHMARKS.md, "API"). Output is the same: only
 * when and how much is compiled changes. Flags are process-wide (worker threads share them) and
 * apply to functions V8 has not yet compiled, so call this before the parser runs; the API server
 * does not, as its few request paths run long enough for the defaults to pay back.
 */
export function tuneJitForIngest(): void {
  setFlagsFromString("--interrupt-budget=500000");
  setFlagsFromString("--max-inlined-bytecode-size-cumulative=300");
}
