import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// A single source cited without a name ("a senior official said") is a person of its own,
// named by its description: not the body its modifiers name, not the state, not nobody.
function speakerOf(text: string, words: string) {
  const parsed = parseArticle(text);
  const claim = parsed.claims.find((c) => text.slice(c.content.start, c.content.end).includes(words));
  return { parsed, claim, actor: parsed.actors.find((a) => a.id === claim?.speaker) };
}

describe("unnamed sources speak as persons of their own", () => {
  it("gives a claim after 'according to' to the unnamed official", () => {
    const text =
      "Harbor Board Opens Inquiry\n\nThe Harbor Board has opened an inquiry into Velmar Freight, according to a senior port security official.";
    const { actor } = speakerOf(text, "opened an inquiry");
    expect(actor?.kind).toBe("person");
    expect(actor?.name).toBe("senior port security official");
  });

  it("gives an inverted cue's claim to the source after it", () => {
    const text = '"There was a cover-up," said a former customs official. The Harbor Board made no comment.';
    const { actor } = speakerOf(text, "cover-up");
    expect(actor?.name).toBe("former customs official");
  });

  it("keeps a body's official apart from the body", () => {
    const text = "Velmar Freight met the Harbor Board on Monday. A Harbor Board official said the talks had gone well.";
    const { actor } = speakerOf(text, "talks had gone well");
    expect(actor?.kind).toBe("person");
    expect(actor?.aliases).toContain("Harbor Board official");
  });

  it("points 'the official' back to the source cited before", () => {
    const text =
      "Velmar Freight was fined on Monday, a senior customs official said. The official said the fine would be paid.";
    const parsed = parseArticle(text);
    const [first, second] = parsed.claims;
    expect(first?.speaker).toBeTruthy();
    expect(second?.speaker).toBe(first?.speaker);
  });

  it("makes no source of a noun the word after it modifies", () => {
    const text = "The Harbor Board met on Monday. An official statement said the port would reopen.";
    const { parsed } = speakerOf(text, "port would reopen");
    expect(parsed.actors.some((a) => a.name.endsWith("official"))).toBe(false);
  });

  it("reads a source through what it is familiar with", () => {
    const text = "Velmar Freight was fined, an official familiar with the case said on Monday.";
    const { actor } = speakerOf(text, "was fined");
    expect(actor?.name).toBe("official");
  });

  it("makes no source of a named person's apposition", () => {
    const text = "Ann Roe, a senior customs official, said the fine would be paid.";
    const { actor } = speakerOf(text, "fine would be paid");
    expect(actor?.name).toBe("Ann Roe");
  });

  it("lets a named body's spokesman speak for the body", () => {
    const text = "The Harbor Board will appeal, a Harbor Board spokesman said.";
    const { actor } = speakerOf(text, "will appeal");
    expect(actor?.name).toBe("Harbor Board");
  });

  it("does not read a later 'her' as the unnamed source", () => {
    const text =
      "Ann Roe spoke on Monday. A campaign aide later clarified that Roe misspoke.\n\nThe remarks answered a question about her claim that she never sent the files.";
    const { actor } = speakerOf(text, "never sent the files");
    expect(actor?.name).toBe("Ann Roe");
  });

  it("makes a witness, a friend or an acquaintance cited without a name a source", () => {
    const text =
      "Ann Roe left the harbor on Monday. An acquaintance said she moved to Velmar for its greater safety. One longtime friend said the move was a surprise.";
    expect(speakerOf(text, "greater safety").actor?.name).toBe("acquaintance");
    expect(speakerOf(text, "was a surprise").actor?.name).toBe("longtime friend");
  });
});
