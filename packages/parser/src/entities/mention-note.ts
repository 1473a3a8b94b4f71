import type { Gender } from "./lexicon.js";

/**
 * What the mention stage learned about one mention, for the actor stage:
 * which entity it names (`key`), under what canonical name, and the title,
 * gender and affiliation its context gives. Kept beside `doc.mentions`
 * (same index) because the output model has no room for it.
 */
export interface MentionNote {
  /** Merge key: "country:RUS", "org:european union", "person:vladimir putin", "group:protesters", "loc:paris". */
  key: string;
  /** Canonical name for an actor made from this mention. */
  name: string;
  code?: string | null;
  title?: string | null;
  /** Key of the entity this one acts for ("country:RUS", "org:mahan air"). */
  affiliation?: string | null;
  gender?: Gender | null;
  /** Role class of a description ("diplomat", "spokesperson"), used to find the titled person it means. */
  role?: string | null;
  /** The place that qualifies a role description ("Florida" in "the Florida senator"): it means the person the story names with that place. */
  placed?: string | null;
  /** A spokesperson description without a name speaks for this entity key. */
  speaksFor?: string | null;
  /** A national body named by a common noun ("police"), to be tied to the article's country. */
  bareBody?: string | null;
  /** A country named only to qualify the name after it ("US Secretary of State Mike Pompeo"). */
  prefix?: boolean;
  /** A definite description that may stand for a named actor ("the network"): its noun. */
  refHead?: string | null;
  /** What the noun fits: an outlet or a firm ("the network"), a firm ("the company"), or a body whose name holds it ("the commission"). */
  refFit?: "outlet" | "firm" | "head";
  /** A state or province that acts as a government ("Texas sued"): a place with an actor of its own. */
  actsAs?: boolean;
  /** People described only by their count ("twelve people"): an actor only while an act falls on them. */
  counted?: boolean;
  /** A group's noun when words before it say which group it is ("strategists" of "Democratic strategists"). */
  head?: string;
  /** A group made only because a reporting verb follows it ("critics argue"): an actor only while an item names it. */
  tentative?: boolean;
  /** A single person the story designates without a name and acts on ("arrested a 36-year-old man"): an actor only while an item names it. */
  unnamed?: boolean;
  /** A single source cited without a name ("a senior official said"): a person of its own key, no one the story names. */
  source?: boolean;
  /** The seat of government stands for its state when a person's title names it ("White House press secretary"). */
  seatOf?: string | null;
}

/** A country named only by a demonym ("Russian President"), kept as a hint for affiliations. */
export interface CountryHint {
  start: number;
  end: number;
  code: string;
  /** The hint was already used as a named actor's affiliation. */
  used: boolean;
}

export interface EntityState {
  notes: MentionNote[];
  hints: CountryHint[];
}
