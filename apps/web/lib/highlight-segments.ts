import { type Annotation, KIND_PRIORITY } from "./annotations";

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Annotations covering this whole segment, most specific first. */
  annotations: Annotation[];
  /** Annotations whose span starts here (scroll targets). */
  starts: Annotation[];
}

function bySpecificity(a: Annotation, b: Annotation): number {
  return KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind] || a.end - a.start - (b.end - b.start);
}

/**
 * Cuts `text[from, to)` at every annotation boundary, so overlapping and
 * nested spans can be drawn as flat runs of text. Spans that are empty,
 * reversed or outside the range are clipped or dropped, never trusted.
 */
export function segmentText(
  text: string,
  annotations: readonly Annotation[],
  from = 0,
  to = text.length,
): TextSegment[] {
  const lo = Math.max(0, Math.min(from, text.length));
  const hi = Math.max(lo, Math.min(to, text.length));
  const usable = annotations
    .filter((a) => Number.isFinite(a.start) && Number.isFinite(a.end))
    .map((a) => ({ a, start: Math.max(a.start, lo), end: Math.min(a.end, hi) }))
    .filter((c) => c.start < c.end);
  const cuts = new Set<number>([lo, hi]);
  for (const c of usable) cuts.add(c.start).add(c.end);
  const points = [...cuts].sort((x, y) => x - y);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = usable.filter((c) => c.start <= start && c.end >= end);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      annotations: covering.map((c) => c.a).sort(bySpecificity),
      starts: covering.filter((c) => c.start === start).map((c) => c.a),
    });
  }
  return segments;
}

export interface TextBlock {
  start: number;
  end: number;
}

/** Paragraph blocks covering the text, with any non-blank gaps (headlines, bylines) as blocks of their own. */
export function textBlocks(text: string, paragraphs: readonly TextBlock[]): TextBlock[] {
  const sorted = paragraphs
    .map((p) => ({ start: Math.max(0, p.start), end: Math.min(text.length, p.end) }))
    .filter((p) => p.start < p.end)
    .sort((a, b) => a.start - b.start);
  const blocks: TextBlock[] = [];
  let cursor = 0;
  const pushGap = (end: number) => {
    // Blank lines between paragraphs say nothing; split any other gap on them.
    const gap = text.slice(cursor, end);
    let offset = cursor;
    for (const piece of gap.split(/(\n\s*\n)/)) {
      if (piece.trim() && !/^\n\s*\n$/.test(piece)) {
        const lead = piece.length - piece.trimStart().length;
        blocks.push({ start: offset + lead, end: offset + piece.trimEnd().length });
      }
      offset += piece.length;
    }
  };
  for (const p of sorted) {
    if (p.start < cursor) continue;
    if (p.start > cursor) pushGap(p.start);
    blocks.push(p);
    cursor = p.end;
  }
  if (cursor < text.length) pushGap(text.length);
  return blocks;
}
