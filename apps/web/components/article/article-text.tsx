"use client";

import { memo, useMemo } from "react";
import { type Annotation, KIND_LABEL } from "@/lib/annotations";
import { segmentText, textBlocks } from "@/lib/highlight-segments";

interface Props {
  text: string;
  paragraphs: readonly { start: number; end: number }[];
  annotations: readonly Annotation[];
  /** The item shown in the side panel; its words are outlined. */
  selectedItemId: string | null;
  onSelect: (annotation: Annotation) => void;
}

/**
 * The article's words with its items highlighted at their spans. The text is
 * untrusted: it is only ever rendered as React text nodes, never as HTML.
 */
export const ArticleText = memo(function ArticleText({
  text,
  paragraphs,
  annotations,
  selectedItemId,
  onSelect,
}: Props) {
  const blocks = useMemo(
    () =>
      textBlocks(text, paragraphs).map((block) => ({
        ...block,
        segments: segmentText(text, annotations, block.start, block.end),
      })),
    [text, paragraphs, annotations],
  );
  return (
    <div className="article-text">
      {blocks.map((block) => (
        <p key={block.start}>
          {block.segments.map((segment) => {
            const top = segment.annotations[0];
            if (!top) return <span key={segment.start}>{segment.text}</span>;
            const selected = segment.annotations.some((a) => a.itemId === selectedItemId);
            const kinds = [...new Set(segment.annotations.map((a) => a.kind))];
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: a shortcut for pointers; the side panel lists every item as a button
              <mark
                key={segment.start}
                className={`hl hl-${top.kind}${selected ? " is-selected" : ""}`}
                data-kinds={kinds.join(" ")}
                data-items={[...new Set(segment.annotations.map((a) => a.itemId))].join(" ")}
                data-anchors={segment.starts.map((a) => a.itemId).join(" ") || undefined}
                aria-current={selected ? "true" : undefined}
                title={kinds.map((kind) => KIND_LABEL[kind]).join(", ")}
                onClick={() => {
                  // Clicking again walks through nested items (a claim inside an accusation, its speaker...).
                  const at = segment.annotations.findIndex((a) => a.itemId === selectedItemId);
                  onSelect(segment.annotations[(at + 1) % segment.annotations.length] ?? top);
                }}
              >
                {segment.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
});

/** Scrolls the first words of an item into view. */
export function scrollToItem(container: HTMLElement | null, itemId: string): void {
  const target = container?.querySelector(`[data-anchors~="${CSS.escape(itemId)}"]`);
  target?.scrollIntoView({ behavior: "smooth", block: "center" });
}
