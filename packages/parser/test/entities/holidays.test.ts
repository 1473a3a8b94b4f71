import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a holiday is a day, no person or body, though its words look like a name.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("holidays", () => {
  it.each([
    ["On Cinco de Mayo, Dana Whitfield handed out flyers in the square.", ["Cinco de Mayo", "Mayo"]],
    ["Dana Whitfield said the clinic stayed open on New Year's Eve.", ["Eve", "New Year's Eve"]],
    ["Dana Whitfield said the clinic stayed open on New Year’s Eve.", ["Eve", "New Year’s Eve"]],
    ["During Ramadan and on Yom Kippur, Dana Whitfield said, the shop closed early.", ["Ramadan", "Yom Kippur"]],
    ["Dana Whitfield sent cards on Valentine's Day and on Easter Sunday.", ["Valentine", "Easter Sunday"]],
  ])("%s", (text, gone) => {
    const found = names(text);
    expect(found).toContain("Dana Whitfield");
    for (const g of gone) expect(found).not.toContain(g);
  });

  it("leave a longer name that only holds a holiday's word", () => {
    expect(names("The scholar Tariq Ramadan said the lecture was cancelled.")).toContain("Tariq Ramadan");
  });
});
