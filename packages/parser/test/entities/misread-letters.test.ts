import { describe, expect, it } from "vitest";
import { tokenize as claimTokens } from "../../src/claims/tokens.js";
import { tokenize } from "../../src/entities/tokenize.js";
import { parseArticle } from "../../src/index.js";

// Invented sentences in UTF-8 read as Latin-1: a misread accented letter stays inside its word.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("misread accented letters", () => {
  it("keeps a name whole across a misread letter's tail", () => {
    const found = names("The mayor, TomÃ¡s Roe, said the city would appeal. Roe spoke on Monday.");
    expect(found).toContain("TomÃ¡s Roe");
    expect(found).not.toContain("TomÃ");
  });
  it("keeps a C1 control and a decomposed lead inside the word", () => {
    const words = (text: string) => tokenize(text).map((t) => t.text);
    expect(words("said Ana de JesA\u0303\u0083A\u0302os on Monday")).toContain("JesA\u0303\u0083A\u0302os");
    expect(words("Jo GarcA\u0303\u00ada spoke")).toContain("GarcA\u0303\u00ada");
    expect(claimTokens("said TomÃ¡s Roe").map((t) => t.lower)).toContain("tomã¡s");
    // a tail sign split by compatibility normalising into a space and a combining mark
    expect(words("minister SÃ©golÃ \u0308ne Royal said")).toContain("SÃ©golÃ \u0308ne");
    expect(claimTokens("minister SÃ©golÃ \u0308ne Royal").map((t) => t.lower)).toContain("sã©golã \u0308ne");
  });
  it("still ends a word at a sign that follows no lead character", () => {
    const words = tokenize("Price: 5¢ or ¡Hola! from Jo\u00a0Roe").map((t) => t.text);
    expect(words).toContain("Jo");
    expect(words).toContain("Roe");
    expect(words).toContain("Hola");
  });
});
