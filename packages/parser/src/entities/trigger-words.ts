// The words that can open a description (a state body, a group, a role, a
// collective after "the") or be a pronoun, as bits per lower-case word. The
// scan looks each token up here once; the description passes then test a bit
// instead of each looking the token up in its own list.
import unnamedSources from "../../data/unnamed-sources.json";
import {
  addressingVerbs,
  countryBodies,
  countryNouns,
  groupNounSet,
  pronounGender,
  speakerNouns,
  stateBodies,
  titleHeads,
} from "./lexicon.js";

/** First word of a state body phrase ("foreign" in "foreign ministry"). */
export const BODY_FIRST = 1;
/** First word of a group or country noun phrase ("protesters", "security forces"). */
export const GROUP_FIRST = 2;
/** First word of a title head ("ambassador", "press" in "press secretary"). */
export const HEAD_FIRST = 4;
/** A personal pronoun with a known gender. */
export const PRONOUN = 8;
/** "the", which opens a collective ("the West"). */
export const THE = 16;
/** A verb that asks, tells or bars its object ("urged", "called"): find-addressed-groups.ts. */
export const ADDRESSING = 32;
/** A noun for a source cited without a name ("official", "aide"): find-unnamed-sources.ts. */
export const UNNAMED_SOURCE = 64;

const bits = new Map<string, number>();
function mark(phrases: Iterable<string>, bit: number): void {
  for (const p of phrases) {
    const w = p.split(" ")[0] as string;
    bits.set(w, (bits.get(w) ?? 0) | bit);
  }
}
mark([...stateBodies.keys(), ...countryBodies], BODY_FIRST);
mark([...groupNounSet, ...countryNouns, ...speakerNouns], GROUP_FIRST);
mark(titleHeads, HEAD_FIRST);
mark(pronounGender.keys(), PRONOUN);
mark(["the"], THE);
mark(addressingVerbs.keys(), ADDRESSING);
mark(unnamedSources.nouns, UNNAMED_SOURCE);

/** The trigger bits of one lower-case word (0 for most words). */
export function triggerBits(lower: string): number {
  return bits.get(lower) ?? 0;
}
