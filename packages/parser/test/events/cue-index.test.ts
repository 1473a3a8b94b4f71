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

// A pattern is tried only in a sentence that holds a word of each of its required tail
// elements (the tail bits): these check that the gate never hides a match, whatever
// form the tail word takes, and that it keeps patterns whose sentence lacks one out.
describe("tail words a pattern needs", () => {
  const set = new CueSet([
    compilePattern("zqsaid ~3 zqreq* ?zqof zqtarget|zqaim", "prefix"),
    compilePattern("zqsaid ~2 zqnothing zqdone", "two"),
    compilePattern("zqsaid !zqnot ~1 zqmeant", "negated"),
  ]);
  // a tail word that heads another set's pattern, and one that two prefixes share
  const other = new CueSet([compilePattern("zqtarget zqx", 0), compilePattern("zqreque* zqy", 1)]);
  const found = (ts: Token[], from = 0, to = ts.length) =>
    set.matchAll(ts, from, to).map((m) => `${m.pattern.value}: ${words([m], ts)[0]}`);

  it("finds a match whose tail word is a prefix's, a head word's or two at once", () => {
    const ts = tokensOf(["zqsaid the zqrequests zqof zqtarget", "zqsaid zqreq zqaim zqnothing zqdone"]);
    expect(found(ts)).toEqual([
      "prefix: zqsaid the zqrequests zqof zqtarget",
      "prefix: zqsaid zqreq zqaim",
      "two: zqsaid zqreq zqaim zqnothing zqdone",
    ]);
    expect(other.matchAll(ts, 0, ts.length)).toEqual([]);
    expect(found(ts, 0, 5)).toEqual(["prefix: zqsaid the zqrequests zqof zqtarget"]);
  });

  it("tries no pattern whose tail word is missing from its sentence, and reads across sentences", () => {
    const ts = tokensOf(["zqsaid zqnothing", "zqdone zqmeant"]);
    expect(found(ts, 0, 2)).toEqual([]);
    expect(set.firstMatch(ts, 0, 2)).toBeUndefined();
    // a stretch over two sentences is read as a whole, as before
    expect(found(ts)).toEqual(["two: zqsaid zqnothing zqdone"]);
    expect(set.firstMatch(ts, 0, ts.length)?.pattern.value).toBe("two");
  });

  it("does not count an optional or negated word as needed", () => {
    const ts = tokensOf(["zqsaid zqmeant", "zqsaid zqreq zqtarget"]);
    expect(found(ts, 0, 2)).toEqual(["negated: zqsaid zqmeant"]);
    expect(found(ts, 2, ts.length)).toEqual(["prefix: zqsaid zqreq zqtarget"]);
  });
});

// No match gives one shared empty list (not frozen: see cue-patterns.ts), so a caller that
// changed it must be caught before another caller reads its leftovers as matches.
describe("the shared empty list of matches", () => {
  const set = new CueSet([compilePattern("zqempty zqlist", true)]);
  const ts = tokensOf(["nothing to find here", "zqempty zqlist here"]);

  it("is handed out for a stretch without matches, and matchWithin reads each sentence once", () => {
    // (an empty stretch, which gives it whether or not the set is in the index: this file makes more than 62 sets)
    expect(set.matchAll(ts, 2, 2)).toBe(set.matchAll(ts, 3, 3));
    expect(set.matchWithin(ts, 1, 3)).toBe(set.matchAll(ts, 2, 2));
    expect(words(set.matchWithin(ts, 4, ts.length), ts)).toEqual(["zqempty zqlist"]);
    expect(set.matchWithin(ts, 5, ts.length)).toEqual([]);
  });

  it("makes the next call throw when a caller pushed into it", () => {
    const none = set.matchAll(ts, 2, 2);
    const first = set.matchAll(ts, 4, ts.length)[0];
    if (!first) throw new Error("no match to push");
    none.push(first);
    try {
      expect(() => set.matchAll(ts, 3, 3)).toThrow(/shared empty list/);
      expect(() => set.matchWithin(ts, 1, 3)).toThrow(/shared empty list/);
    } finally {
      none.pop();
    }
    expect(set.matchAll(ts, 3, 3)).toEqual([]);
  });
});
