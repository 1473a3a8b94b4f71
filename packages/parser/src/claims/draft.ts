import type { ClaimKind, Span } from "../model.js";

/** A claim before ids are given: the passes build these. */
export interface ClaimDraft {
  speaker: string | null;
  source: Span | null;
  cue: Span;
  content: Span;
  kind: ClaimKind;
  /** First token of the cue, or -1 when the quote stands alone. */
  cueToken: number;
  /** Last token the claim's words reach (quote mark, cue or speaker). */
  lastToken: number;
  /** Only what a request asks for ("called for an inquiry"): events read it, the output leaves it out. */
  stance?: boolean;
}
