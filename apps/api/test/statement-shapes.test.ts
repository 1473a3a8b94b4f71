import { describe, expect, it } from "vitest";
import { paddedList, powerOfTwoChunks } from "../src/db/statement-shapes.js";

describe("paddedList", () => {
  it("pads to the next power of two with the last value, keeping the values in order", () => {
    expect(paddedList(["a", "b", "c"])).toEqual(["a", "b", "c", "c"]);
    expect(paddedList(["a", "b", "c", "d", "e"])).toEqual(["a", "b", "c", "d", "e", "e", "e", "e"]);
  });

  it("leaves empty lists and powers of two as they are, and never changes its input", () => {
    const four = ["w", "x", "y", "z"];
    expect(paddedList([])).toEqual([]);
    expect(paddedList(["only"])).toEqual(["only"]);
    expect(paddedList(four)).toEqual(four);
    expect(paddedList(four)).not.toBe(four);
  });

  it("gives lists of 5 to 8 values one length, so one SQL text", () => {
    const lengths = new Set([5, 6, 7, 8].map((n) => paddedList(Array.from({ length: n }, (_, i) => i)).length));
    expect([...lengths]).toEqual([8]);
  });
});

describe("powerOfTwoChunks", () => {
  it("splits rows into power-of-two chunks, largest first, in the original order", () => {
    const rows = Array.from({ length: 13 }, (_, i) => i);
    const chunks = powerOfTwoChunks(rows);
    expect(chunks.map((c) => c.length)).toEqual([8, 4, 1]);
    expect(chunks.flat()).toEqual(rows);
  });

  it("gives no chunk for no rows and one for a power of two", () => {
    expect(powerOfTwoChunks([])).toEqual([]);
    expect(powerOfTwoChunks([1, 2, 3, 4])).toEqual([[1, 2, 3, 4]]);
  });
});
