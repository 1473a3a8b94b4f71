import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents, WORLD } from "./make-doc.js";

// Invented sentences: a speaker saying its own words were misread (taken out
// of context, twisted, misconstrued) or that it was joking denies what they
// were taken to say, with no accusation told. Another's words said to be
// misread, or a misreading of anything else, deny nothing for the speaker.
const ACTORS = [
  ...WORLD,
  { id: "halloran", names: ["Brigid Halloran", "Halloran"], kind: "person" as const },
  { id: "okafor", names: ["Chidi Okafor", "Okafor"], kind: "person" as const },
  { id: "lindqvist", names: ["Maria Lindqvist", "Lindqvist"], kind: "person" as const },
  { id: "harbour_board", names: ["the Harbour Board", "Harbour Board"], kind: "organization" as const },
];

const denials = (text: string) => {
  const doc = parseClaimsAndEvents(text, ACTORS);
  return doc.denials.map((d) => `${d.denier}: ${doc.text.slice(d.evidence.start, d.evidence.end)}`);
};

describe("a speaker's own words said to be misread", () => {
  it("reads 'his remarks had been misconstrued' in reported speech", () => {
    expect(denials("Halloran said her remarks about the dockers had been misconstrued.")).toEqual([
      "halloran: her remarks about the dockers had been misconstrued",
    ]);
  });

  it("reads 'taken out of context' and 'twisted my words' in a quote", () => {
    expect(denials('"My comments were taken out of context," Halloran said.')).toEqual([
      "halloran: My comments were taken out of context",
    ]);
    expect(denials('"The papers twisted my words," Halloran told reporters.')).toEqual(["halloran: twisted my words"]);
  });

  it("reads a body's 'its statement was misrepresented'", () => {
    expect(denials("The Harbour Board said its statement had been misrepresented by the press.")).toEqual([
      "harbour_board: its statement had been misrepresented",
    ]);
  });

  it("reads no joking of a woman speaker's in 'he was being sarcastic' (the speaker was misread)", () => {
    expect(denials("Maria Lindqvist later said he was being sarcastic in his comments.")).toEqual([]);
  });

  it("reads 'he was joking'", () => {
    expect(denials("Halloran later said she was only joking.")).toEqual(["halloran: she was only joking"]);
  });

  it("reads own words said to be sarcasm or tongue-in-cheek", () => {
    expect(denials("Halloran said on Friday that her claims were sarcasm.")).toEqual([
      "halloran: her claims were sarcasm",
    ]);
    expect(denials('"My tweet was tongue-in-cheek," Halloran said.')).toEqual([
      "halloran: My tweet was tongue-in-cheek",
    ]);
  });

  it("does not read another's words called sarcasm", () => {
    expect(denials("The Harbour Board said her remarks were sarcasm.")).toEqual([]);
  });

  it("does not read another's words, or a misreading of something else", () => {
    expect(denials('"Okafor\'s comments were taken out of context," Halloran said.')).toEqual([]);
    expect(denials("Halloran said the harbour figures had been misread by investors.")).toEqual([]);
    expect(denials("The Harbour Board said her remarks had been misconstrued.")).toEqual([]);
    expect(denials('"He was joking," Halloran said.')).toEqual([]);
  });
});
