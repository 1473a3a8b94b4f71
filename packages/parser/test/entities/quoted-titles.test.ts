import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: the title of a show, a film or a book, quoted, whose last words look like a name.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("quoted titles of shows and books", () => {
  it("reads a quoted title's last words as the title's, not a participant", () => {
    const found = names('Jo Roe told ABC\'s "Good Morning America" on Monday that she would run.');
    expect(found).not.toContain("Morning America");
    expect(found).toContain("Jo Roe");
    expect(names("Al Poe said on MSNBC’s “Morning Joe,” that he agreed.")).not.toContain("Joe");
  });
  it("keeps a name after a title and a body's full name", () => {
    expect(names("Later he called his opponent ''Senator Cruz'' instead. Ted Cruz smiled.")).toContain("Ted Cruz");
    expect(names("A group called the “Acme Foundation” sued the city.")).toContain("Acme Foundation");
  });
});
