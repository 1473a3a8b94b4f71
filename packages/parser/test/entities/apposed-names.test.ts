import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a lone name set off after a kin noun or a title, or after "pseudonym".
const kindOf = (text: string, name: string) => parseArticle(text).actors.find((a) => a.name === name)?.kind;

describe("names in apposition to a kin noun or a title", () => {
  it("reads a lone name after a kin noun and a comma as a person", () => {
    expect(kindOf("The court convicted the driver. His mother, Tazeen, wept in court.", "Tazeen")).toBe("person");
  });
  it("reads a lone name after a lower-case title and a comma as a person", () => {
    expect(kindOf("The ministry's spokesman, Dalgaard, said the talks would resume.", "Dalgaard")).toBe("person");
  });
  it("reads a name after a pseudonym noun as a person", () => {
    expect(kindOf('"We will stay," said a student using the pseudonym Lirae.', "Lirae")).toBe("person");
  });
  it("needs the name closed off: a body named after the comma stays a body", () => {
    expect(kindOf("He met the spokesman, Vantora Holdings announced on Monday.", "Vantora Holdings")).not.toBe(
      "person",
    );
  });
});
