import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: an office's or a trade's possessive inside a body's name.
const actors = (text: string) => parseArticle(text).actors.map((a) => `${a.name} [${a.kind}]`);

describe("a possessive that heads a body's name", () => {
  it.each([
    ["The Lake County Coroner's Office named the driver on Monday.", "Lake County Coroner's Office [organization]"],
    [
      "Dan Moe, president of the Dayton Police Patrolmen's Association, said no.",
      "Dayton Police Patrolmen's Association [organization]",
    ],
    ["The Erie County Sheriff's Office said two men were held.", "Erie County Sheriff's Office [organization]"],
  ])("keeps the body whole: %s", (text, body) => {
    const found = actors(text);
    expect(found).toContain(body);
    expect(found.some((a) => /^(Office|Association) /.test(a))).toBe(false);
  });
});
