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
  /** Not said: what a request asks for ("called for an inquiry") or a bare topic ("discussed the case"); events read it, the output leaves it out. */
  stance?: boolean;
  /** A bare topic ("echoed those comments"): left out like a request, yet a report of its clause is still only this claim. */
  topic?: boolean;
}
