import { describe, expect, it } from "vitest";
import type { Annotation } from "@/lib/annotations";
import { segmentText, textBlocks } from "@/lib/highlight-segments";

const ann = (itemId: string, kind: Annotation["kind"], start: number, end: number): Annotation => ({
  id: itemId,
  itemId,
  kind,
  start,
  end,
});

describe("segmentText", () => {
  const text = "Russia accused the United States of meddling.";

  it("cuts nested spans into flat runs that keep every covering item, most specific first", () => {
    const segments = segmentText(text, [ann("acc", "accusation", 0, 46), ann("ru", "actor", 0, 6)]);
    expect(segments.map((s) => s.text)).toEqual(["Russia", " accused the United States of meddling."]);
    expect(segments[0]?.annotations.map((a) => a.itemId)).toEqual(["acc", "ru"]);
    expect(segments[0]?.starts.map((a) => a.itemId).sort()).toEqual(["acc", "ru"]);
    expect(segments[1]?.annotations.map((a) => a.itemId)).toEqual(["acc"]);
    expect(segments[1]?.starts).toEqual([]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("handles overlapping (not nested) spans", () => {
    const segments = segmentText("abcdef", [ann("x", "claim", 0, 4), ann("y", "denial", 2, 6)]);
    expect(segments.map((s) => [s.text, s.annotations.map((a) => a.itemId)])).toEqual([
      ["ab", ["x"]],
      ["cd", ["y", "x"]],
      ["ef", ["y"]],
    ]);
  });

  it("clips spans to the range and drops empty, reversed and out-of-range ones", () => {
    const segments = segmentText(
      "abcdef",
      [ann("a", "actor", -5, 2), ann("b", "actor", 4, 3), ann("c", "actor", 10, 20), ann("d", "actor", Number.NaN, 3)],
      1,
      5,
    );
    expect(segments.map((s) => [s.text, s.annotations.length])).toEqual([
      ["b", 1],
      ["cde", 0],
    ]);
  });

  it("returns the plain text when there is nothing to highlight", () => {
    expect(segmentText("plain", [])).toEqual([{ start: 0, end: 5, text: "plain", annotations: [], starts: [] }]);
  });
});

describe("textBlocks", () => {
  it("keeps paragraphs and turns non-blank gaps (headline, byline) into blocks of their own", () => {
    const text = "Headline\n\nBy Someone\n\nFirst para.\n\nSecond para.";
    const first = text.indexOf("First");
    const second = text.indexOf("Second");
    const blocks = textBlocks(text, [
      { start: second, end: text.length },
      { start: first, end: first + 11 },
    ]);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      "Headline",
      "By Someone",
      "First para.",
      "Second para.",
    ]);
  });

  it("splits text with no paragraphs on blank lines", () => {
    const text = "one\ntwo\n\n\nthree  ";
    expect(textBlocks(text, []).map((b) => text.slice(b.start, b.end))).toEqual(["one\ntwo", "three"]);
  });
});
