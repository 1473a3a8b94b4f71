import { describe, expect, it } from "vitest";
import { CueSet, compilePattern, wordCues } from "../../src/events/cue-patterns.js";
import type { Token } from "../../src/events/tokens.js";

// The cue sets share one index of head words with a bit per set, two words of
// bits a token; these check that a set finds its own cues and nothing of the
// others', whichever word its bit lies in, and the same as a set past the index.

function tokensOf(sentences: string[]): Token[] {
  const out: Token[] = [];
  let at = 0;
  sentences.forEach((s, sentence) => {
    for (const w of s.split(" ")) {
      const punct = w === ",";
      out.push({ start: at, end: at + w.length, lower: w.toLowerCase(), punct, sentence });
      at += w.length + 1;
    }
  });
  return out;
}

const words = (ms: { first: number; last: number }[], tokens: Token[]) =>
  ms.map((m) =>
    tokens
      .slice(m.first, m.last + 1)
      .map((t) => t.lower)
      .join(" "),
  );

describe("cue index over many sets", () => {
  // seventy sets, more than two words of bits hold, each with a head word of its own
  const sets = Array.from(
    { length: 70 },
    (_, n) => new CueSet([compilePattern(`zqhead${n} ?very zqtail${n}`, n), compilePattern(`zqb${n}x*`, -n)]),
  );
  const tokens = tokensOf([
    "zqhead3 very zqtail3 and zqhead40 zqtail40 , zqhead40 zqtail3",
    "nothing here at all",
    "zqb65xyz then zqhead65 very zqtail65 and zqb12x",
  ]);

  it("finds each set's own patterns and none of the others'", () => {
    const found = sets.map((set) => words(set.matchAll(tokens, 0, tokens.length), tokens));
    expect(found[3]).toEqual(["zqhead3 very zqtail3"]);
    expect(found[40]).toEqual(["zqhead40 zqtail40"]);
    expect(found[65]).toEqual(["zqb65xyz", "zqhead65 very zqtail65"]);
    expect(found[12]).toEqual(["zqb12x"]);
    expect(found.filter((f) => f.length > 0)).toHaveLength(4);
  });

  it("skips a sentence that holds none of a set's head words, and reads a part of one", () => {
    const second = tokens.findIndex((t) => t.sentence === 1);
    const third = tokens.findIndex((t) => t.sentence === 2);
    expect(sets[40]?.matchAll(tokens, second, third)).toEqual([]);
    expect(words(sets[65]?.matchAll(tokens, third + 2, tokens.length) ?? [], tokens)).toEqual([
      "zqhead65 very zqtail65",
    ]);
  });

  it("gives a word list's words past the first words of bits", () => {
    const list = wordCues(["zqone", "zqtwo"]);
    const ts = tokensOf(["a zqtwo b zqone"]);
    expect(words(list.matchAll(ts, 0, ts.length), ts)).toEqual(["zqtwo", "zqone"]);
  });
});
