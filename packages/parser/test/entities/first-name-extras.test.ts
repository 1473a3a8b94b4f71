import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a news name the generated first-name list lacks gives its bearer's gender.
describe("first names from the reviewed extras", () => {
  it("gives a pronoun the bearer of an added given name only when the gender fits", () => {
    expect(
      parseArticle("Megyn Tellon interviewed Tom Marr on Monday. He said the talks went well.").claims[0]?.speaker,
    ).toBe("tom-marr");
    expect(
      parseArticle("Barack Tellon met Susan Marr on Monday. She said the talks went well.").claims[0]?.speaker,
    ).toBe("susan-marr");
  });
});
