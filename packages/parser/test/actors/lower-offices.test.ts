import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a vice or deputy office is not its head word's office.
const actor = (text: string, name: string) => parseArticle(text).actors.find((a) => a.name === name);

describe("lower offices", () => {
  it("does not give 'the president' to a vice president", () => {
    const text = "Vice President Jo Roe met President Tom Lake on Monday. The president said the talks went well.";
    expect(actor(text, "Jo Roe")?.title).toBe("Vice President");
    expect(actor(text, "Jo Roe")?.aliases.map((a) => a.toLowerCase())).not.toContain("president");
    expect(actor(text, "Tom Lake")?.aliases.map((a) => a.toLowerCase())).toContain("president");
  });
  it("gives 'the vice chairman' to the vice chairman, not the chairman", () => {
    const text =
      "Party vice chairman Mark Dunn spoke first. Party chairman Alan Ross wrote a post. Later the party vice chairman sent money.";
    expect(actor(text, "Mark Dunn")?.aliases).toContain("party vice chairman");
    expect(actor(text, "Alan Ross")?.aliases).not.toContain("party vice chairman");
  });
  it("drops a joiner in front of a title", () => {
    const text = "The debate between Senator Jo Roe and Green presidential nominee Ann Lee took place on Wednesday.";
    expect(actor(text, "Ann Lee")?.title).toBe("Green presidential nominee");
  });
});
