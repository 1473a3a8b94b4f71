import { describe, expect, it } from "vitest";
import { addDays, formatDay, parseDay } from "../../src/dates/date-values.js";

describe("formatDay", () => {
  it("writes a day as toISOString's first ten characters do", () => {
    const start = parseDay("1999-12-20") as Date;
    for (let n = 0; n < 800; n += 3) {
      const d = addDays(start, n);
      expect(formatDay(d)).toBe(d.toISOString().slice(0, 10));
    }
    expect(formatDay(new Date(Date.UTC(2020, 1, 29, 23, 59)))).toBe("2020-02-29");
  });

  it("leaves years outside four digits, and invalid dates, to toISOString", () => {
    const early = new Date(Date.UTC(0, 0, 1));
    early.setUTCFullYear(812);
    expect(formatDay(early)).toBe("0812-01-01");
    const late = new Date(Date.UTC(12345, 5, 6));
    expect(formatDay(late)).toBe(late.toISOString().slice(0, 10));
    expect(() => formatDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
