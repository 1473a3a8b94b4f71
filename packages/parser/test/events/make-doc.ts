import { findClaims } from "../../src/claims/find-claims.js";
import { resolveDates } from "../../src/dates/resolve-dates.js";
import type { Doc } from "../../src/doc.js";
import { findAccusations } from "../../src/events/find-accusations.js";
import { findDenials } from "../../src/events/find-denials.js";
import { findResponses } from "../../src/events/find-responses.js";
import { findClaimedDemands } from "../../src/events/responses-claimed-demands.js";
import { keepDyadicResponses } from "../../src/events/responses-dyadic.js";
import { createDoc } from "../../src/input/create-doc.js";
import { linkItems } from "../../src/links/link-items.js";
import type { Actor, ActorKind, Mention } from "../../src/model.js";

export interface ActorSpec {
  id: string;
  names: string[];
  kind?: ActorKind;
  affiliation?: string;
}

/**
 * A hand-built Doc for stage tests: sentences split at ". ", mentions found
 * wherever an actor's name occurs (longest names first), as the entity and
 * actor stages would leave them.
 */
export function makeDoc(text: string, actors: ActorSpec[], referenceDate: string | null = "2021-03-17"): Doc {
  const sentences = [];
  let start = 0;
  for (const m of text.matchAll(/(?<!\b(?:Mr|Ms|Mrs|Dr|St))[.!?]["”]?(?=\s+[A-Z“"]|\s*$)/g)) {
    const end = (m.index ?? 0) + m[0].length;
    sentences.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start] ?? "")) start++;
  }
  if (start < text.length) sentences.push({ start, end: text.length });

  const names = actors.flatMap((a) => a.names.map((n) => ({ n, a }))).sort((x, y) => y.n.length - x.n.length);
  const taken: boolean[] = new Array(text.length).fill(false);
  const mentions: Mention[] = [];
  for (const { n, a } of names) {
    const re = new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu");
    for (const m of text.matchAll(re)) {
      const s = m.index ?? 0;
      const e = s + n.length;
      if (taken.slice(s, e).some(Boolean)) continue;
      for (let i = s; i < e; i++) taken[i] = true;
      mentions.push({ start: s, end: e, kind: a.kind ?? "country", actor: a.id });
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  const docActors: Actor[] = actors.map((a) => ({
    id: a.id,
    name: a.names[0] ?? a.id,
    kind: a.kind ?? "country",
    aliases: a.names,
    affiliation: a.affiliation ?? null,
    title: null,
    code: null,
  }));
  return {
    ...createDoc("test", text, { publishedAt: referenceDate }),
    paragraphs: [{ start: 0, end: text.length }],
    sentences,
    mentions,
    actors: docActors,
    referenceDate,
  };
}

/** Common actors for the tables. */
export const WORLD: ActorSpec[] = [
  { id: "russia", names: ["Russia", "Moscow", "the Kremlin", "Kremlin", "Russian"] },
  { id: "usa", names: ["the United States", "United States", "U.S.", "US", "Washington", "American"] },
  { id: "eu", names: ["the European Union", "European Union", "the EU", "EU"], kind: "organization" },
  { id: "uk", names: ["the U.K.", "U.K.", "Britain", "UK", "British"] },
  { id: "sweden", names: ["Sweden", "Swedish"] },
  { id: "poland", names: ["Poland", "Polish"] },
  { id: "germany", names: ["Germany", "German"] },
  { id: "iran", names: ["Iran", "Iranian", "Tehran"] },
  { id: "mahan", names: ["Mahan"], kind: "organization", affiliation: "iran" },
  { id: "ukraine", names: ["Ukraine", "Ukrainian"] },
  { id: "china", names: ["China", "Chinese", "Beijing"] },
  {
    id: "mfa",
    names: ["the Russian foreign ministry", "Russian foreign ministry"],
    kind: "organization",
    affiliation: "russia",
  },
  { id: "putin", names: ["Vladimir Putin", "Mr. Putin", "Putin"], kind: "person", affiliation: "russia" },
  { id: "navalny", names: ["Alexei Navalny", "Mr. Navalny", "Navalny"], kind: "person", affiliation: "russia" },
  { id: "psaki", names: ["Jen Psaki", "Ms. Psaki", "Psaki"], kind: "person", affiliation: "usa" },
  {
    id: "biden_admin",
    names: ["the Biden administration", "Biden administration"],
    kind: "organization",
    affiliation: "usa",
  },
  { id: "police", names: ["the police", "police", "Police"], kind: "organization" },
  { id: "protesters", names: ["protesters", "Protesters", "demonstrators"], kind: "group" },
];

/** A senator, a governor and the legislature of an invented US state: who drafts, backs and rejects bills. */
export const STATE_POLITICS: ActorSpec[] = [
  { id: "okafor", names: ["Senator Ruth Okafor", "Okafor"], kind: "person", affiliation: "usa" },
  { id: "brandt", names: ["Governor Hal Brandt", "Brandt"], kind: "person", affiliation: "usa" },
  { id: "assembly", names: ["the State Assembly", "the Assembly"], kind: "organization" },
];

/** The stages after claims, in parse-article.ts's order: accusations, denials, responses, dates, links. */
export function runEventStages(doc: Doc, keepUntargeted = false): Doc {
  findAccusations(doc);
  findDenials(doc);
  findResponses(doc);
  findClaimedDemands(doc);
  // a test of how an untargeted act is read (its actor, its evidence) looks before the pipeline drops it
  if (!keepUntargeted) keepDyadicResponses(doc);
  resolveDates(doc);
  linkItems(doc);
  return doc;
}

/** `text` among `actors` through the claim stage and every event stage after it. */
export function parseClaimsAndEvents(text: string, actors: ActorSpec[]): Doc {
  const doc = makeDoc(text, actors);
  findClaims(doc);
  return runEventStages(doc);
}

/** The responses the response stage alone reads in `text` among `actors` (kept untargeted ones too). */
export function responsesAmong(text: string, actors: ActorSpec[]) {
  const doc = makeDoc(text, actors);
  findResponses(doc);
  return doc.responses;
}

/** Each accusation as "accuser>accused,...", the form the tests compare. */
export function accusationPairs(doc: Doc): string[] {
  return doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);
}
