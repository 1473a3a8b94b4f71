import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Father and son of one given name and surname, told apart only by their initials.
describe("initials run together", () => {
  it("keeps 'George H.W. Bush' and 'George W. Bush' two people", () => {
    const r = parseArticle(
      "Former President George H.W. Bush spoke on Monday. His son, George W. Bush, said the country was strong.",
    );
    const names = r.actors.map((a) => a.name);
    expect(names).toContain("George H.W. Bush");
    expect(names).toContain("George W. Bush");
  });

  it("still joins a name to the same name written with its initials", () => {
    const r = parseArticle("George H.W. Bush spoke on Monday. George Bush said the country was strong.");
    expect(r.actors.filter((a) => a.kind === "person")).toHaveLength(1);
  });
});
