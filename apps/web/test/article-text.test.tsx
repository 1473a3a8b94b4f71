import { fireEvent, render } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ArticleText } from "@/components/article/article-text";
import type { Annotation } from "@/lib/annotations";

const text = "Russia denied the claim.\n\nThe U.S. accused Russia of meddling.";
const second = text.indexOf("The U.S.");
const annotations: Annotation[] = [
  { id: "m1", itemId: "rus", kind: "actor", start: 0, end: 6 },
  { id: "d1", itemId: "d1", kind: "denial", start: 0, end: 24 },
  { id: "a1", itemId: "a1", kind: "accusation", start: second, end: text.length },
  { id: "m2", itemId: "rus", kind: "actor", start: text.indexOf("Russia of"), end: text.indexOf(" of meddling") },
];

describe("ArticleText", () => {
  it("renders the text exactly, with marks at the spans and one paragraph per block", () => {
    const { container } = render(
      <ArticleText text={text} paragraphs={[]} annotations={annotations} selectedItemId={null} onSelect={() => {}} />,
    );
    expect(container.querySelectorAll("p")).toHaveLength(2);
    expect([...container.querySelectorAll("p")].map((p) => p.textContent).join("\n\n")).toBe(text);
    const marks = [...container.querySelectorAll("mark")];
    expect(marks.map((m) => [m.textContent, m.className])).toEqual([
      ["Russia", "hl hl-denial"],
      [" denied the claim.", "hl hl-denial"],
      ["The U.S. accused ", "hl hl-accusation"],
      ["Russia", "hl hl-accusation"],
      [" of meddling.", "hl hl-accusation"],
    ]);
    expect(marks[0]?.getAttribute("data-items")).toBe("d1 rus");
    expect(container.querySelector('[data-anchors~="a1"]')?.textContent).toBe("The U.S. accused ");
  });

  it("outlines the selected item's words and walks through nested items on repeated clicks", () => {
    const onSelect = vi.fn();
    const { container, rerender } = render(
      <ArticleText text={text} paragraphs={[]} annotations={annotations} selectedItemId="a1" onSelect={onSelect} />,
    );
    const selected = [...container.querySelectorAll('mark[aria-current="true"]')].map((m) => m.textContent).join("");
    expect(selected).toBe("The U.S. accused Russia of meddling.");
    const russia = container.querySelectorAll("mark")[3] as HTMLElement;
    fireEvent.click(russia);
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ itemId: "rus" }));
    rerender(
      <ArticleText text={text} paragraphs={[]} annotations={annotations} selectedItemId="rus" onSelect={onSelect} />,
    );
    fireEvent.click(russia);
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ itemId: "a1" }));
  });

  it("shows markup in an article as text and never as elements", () => {
    const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const { container } = render(
      <ArticleText
        text={hostile}
        paragraphs={[]}
        annotations={[{ id: "x", itemId: "x", kind: "claim", start: 0, end: 8 }]}
        selectedItemId={null}
        onSelect={() => {}}
      />,
    );
    expect(container.querySelector("script, img")).toBeNull();
    expect(container.textContent).toBe(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
