import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented texts with Wikinews-style image captions: the credit line is not part of the story,
// so the photographer it names is no actor and a name before "Image:" does not swallow the word.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("image credits", () => {
  it("reads no actor in a caption's credit", () => {
    const text =
      "Mayor Tom Reyes said on Monday the bridge would reopen next week.\n\nThe bridge at dusk. Image: Kelvin Ashdown (flickr).\n\nReyes said repairs cost $2 million.";
    const found = names(text);
    expect(found).toContain("Tom Reyes");
    expect(found).not.toContain("Kelvin Ashdown");
  });
  it("keeps a captioned name whole, without the credit's word", () => {
    const text =
      "Senator Lia Brandt said the vote would be close.\n\nLia Brandt Image: Oskar Wend.\n\nBrandt said she would vote no.";
    const found = names(text);
    expect(found).toContain("Lia Brandt");
    expect(found).not.toContain("Lia Brandt Image");
    expect(found).not.toContain("Oskar Wend");
  });
});
