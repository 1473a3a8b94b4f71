import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Two people of one surname: the bare surname's own honorific or title says which one it means.
describe("a shared surname with an honorific or title", () => {
  const text =
    "Former President Daniel Okafor campaigned in Lagos on Monday for his wife, Grace Okafor, who is running for governor. " +
    "Mrs. Okafor said the state needed new roads. " +
    "Mr. Okafor said his wife would win.";

  it("gives 'Mrs.' to the woman and 'Mr.' to the man", () => {
    const r = parseArticle(text);
    const roads = r.claims.find((c) => r.text.slice(c.content.start, c.content.end).includes("new roads"));
    expect(roads?.speaker).toBe("grace-okafor");
    const win = r.claims.find((c) => r.text.slice(c.content.start, c.content.end).includes("would win"));
    expect(win?.speaker).toBe("daniel-okafor");
  });

  it("gives 'President' to the one titled so", () => {
    const r = parseArticle(
      "Grace Okafor opened her campaign on Monday. Her husband, former President Daniel Okafor, joined her. " +
        "President Okafor said the rally was the largest in years.",
    );
    const rally = r.claims.find((c) => r.text.slice(c.content.start, c.content.end).includes("largest"));
    expect(rally?.speaker).toBe("daniel-okafor");
  });

  it("keeps a lone surname without a cue with the person named first", () => {
    const r = parseArticle(
      "Grace Okafor opened her campaign on Monday. Her husband Daniel Okafor joined her. Okafor said the rally was large.",
    );
    const rally = r.claims.find((c) => r.text.slice(c.content.start, c.content.end).includes("large"));
    expect(rally?.speaker).toBe("grace-okafor");
  });
});
