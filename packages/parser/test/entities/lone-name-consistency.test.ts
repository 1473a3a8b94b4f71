import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a one-word name keeps one reading through the text.
const kinds = (text: string, name: string) =>
  parseArticle(text)
    .actors.filter((a) => a.name === name)
    .map((a) => a.kind);

describe("a lone name read once as a person", () => {
  it("keeps a titled one-word name a person where it stands alone", () => {
    const text =
      "Defence minister Karsono was attacked in Tangerang on Monday. Karsono was taken to a hospital. " +
      "Doctors said Karsono would recover.";
    expect(kinds(text, "Karsono")).toEqual(["person"]);
  });
  it("joins the capitalised Arabic article to the full name's surname", () => {
    const r = parseArticle("Reporter Samir Hadi al-Rawas was shot on Monday. Al-Rawas had worked for a local radio.");
    const full = r.actors.find((a) => a.name === "Samir Hadi al-Rawas");
    expect(full?.aliases).toContain("Al-Rawas");
    expect(r.actors.filter((a) => a.kind === "organization").map((a) => a.name)).not.toContain("Al-Rawas");
  });
});

describe("a lone name that opens an organization's name", () => {
  it("reads it as that organization when it speaks, not as a person", () => {
    const r = parseArticle(
      "Regulators are investigating Walter Freight Company. In a filing, Walter said it had told the regulators.",
    );
    expect(r.actors.filter((a) => a.kind === "person").map((a) => a.name)).not.toContain("Walter");
    const firm = r.actors.find((a) => a.name === "Walter Freight Company");
    expect(firm?.aliases).toContain("Walter");
  });
});
