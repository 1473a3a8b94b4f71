import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented sentences: the subject of a clause a later cue ("and said", ", saying") leans on
const ACTORS: ActorSpec[] = [
  { id: "marlow", kind: "person", names: ["Edith Marlow", "Marlow"] },
  { id: "okafor", kind: "person", names: ["Daniel Okafor", "Okafor"] },
  { id: "ruritania", kind: "country", names: ["Ruritania"] },
  { id: "tribune", kind: "media", names: ["Harbor Tribune"] },
];

function speakers(text: string) {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => ({ cue: text.slice(c.cue.start, c.cue.end), speaker: c.speaker }));
}

describe("the subject of a clause a participle or coordinated cue leans on", () => {
  it("does not take a name after the clause's verb for its subject", () => {
    expect(speakers('A witness described for the Harbor Tribune how the fire started, saying, "I saw smoke."')).toEqual(
      [{ cue: "saying", speaker: null }],
    );
  });

  it("does not take a name inside a quotation for the subject of a second cue", () => {
    expect(
      speakers('The leaflet specifically said "the harbor in Ruritania is closed" and said the closure began in May.'),
    ).toEqual([
      { cue: "said", speaker: null },
      { cue: "said", speaker: null },
    ]);
  });

  it("finds the subject after a quotation that opens the clause", () => {
    expect(speakers('"Nobody in Ruritania trusts the count," Marlow said, adding that she would appeal.')).toEqual([
      { cue: "said", speaker: "marlow" },
      { cue: "adding", speaker: "marlow" },
    ]);
    expect(speakers('"It is over for Ruritania," said Okafor, adding that talks had failed.')).toEqual([
      { cue: "said", speaker: "okafor" },
      { cue: "adding", speaker: "okafor" },
    ]);
  });

  it("keeps a name that a participle only introduces, and a subject before its verb", () => {
    expect(speakers("A man identified as Okafor declined to comment but said the fire was deliberate.")).toEqual([
      { cue: "said", speaker: "okafor" },
    ]);
    expect(speakers("Marlow criticized the Harbor Tribune, saying its report was false.")).toEqual([
      { cue: "criticized", speaker: "marlow" },
      { cue: "saying", speaker: "marlow" },
    ]);
  });
});

describe("a dateline before the clause a participle or coordinated cue leans on", () => {
  it("is no subject: the name after its dash is", () => {
    expect(
      speakers(
        "HARBORTOWN, May 3 (Harbor Tribune) -- Edith Marlow praised the ferry crews, saying the service would resume.",
      ),
    ).toContainEqual({ cue: "saying", speaker: "marlow" });
    expect(
      speakers(
        "HARBORTOWN (Harbor Tribune) - Daniel Okafor met the crews on Thursday and said the service would resume.",
      ),
    ).toContainEqual({ cue: "said", speaker: "okafor" });
  });
});

describe("'began' between a coordinated cue and its clause", () => {
  it("is stepped over like an auxiliary, so the clause's subject speaks", () => {
    expect(
      speakers("Daniel Okafor left the Harbor Tribune and began writing that the ferry plan was doomed."),
    ).toContainEqual({ cue: "writing", speaker: "okafor" });
  });
});
