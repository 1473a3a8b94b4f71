import { describe, expect, it } from "vitest";
import { type ActorSpec, claimsAmong } from "./hand-built-doc.js";

// invented sentences: a participle cue ("adding", "claiming", "saying") joined to its main clause by a
// comma inside a closing quotation mark, a dash, or "before"/"while"; its speaker is the main clause's subject
const ACTORS: ActorSpec[] = [
  { id: "marlow", kind: "person", names: ["Edith Marlow", "Marlow"] },
  { id: "okafor", kind: "person", names: ["Daniel Okafor", "Okafor"] },
  { id: "tribune", kind: "media", names: ["Harbor Tribune"] },
];

const who = (text: string) => claimsAmong(text, ACTORS).map((c) => [c.cue, c.speaker, c.content]);

describe("the speaker of a participle cue after its main clause", () => {
  it("reads a comma printed inside the closing quotation mark as the comma before the participle", () => {
    expect(who("Marlow said the ferry plan could be “costly,” adding, “Progress is never cheap.”")).toEqual([
      ["said", "marlow", "the ferry plan could be “costly,”"],
      ["adding", "marlow", "Progress is never cheap."],
    ]);
    expect(who("Okafor hailed the vote as “historic,” claiming that the harbor would double in size.")).toContainEqual([
      "claiming",
      "okafor",
      "the harbor would double in size",
    ]);
  });

  it("reads 'remarking that' like the other participles of speech", () => {
    expect(who("Okafor left the hall early, remarking that the budget had no room for ferries.")).toContainEqual([
      "remarking",
      "okafor",
      "the budget had no room for ferries",
    ]);
  });

  it("reads a dash before the participle", () => {
    expect(who("Marlow changed her mind at the last minute – saying she would back the tunnel.")).toContainEqual([
      "saying",
      "marlow",
      "she would back the tunnel",
    ]);
  });

  it("reads 'before' and 'while' before the participle, and ends the first report there", () => {
    expect(
      who("Okafor told the Harbor Tribune the vote was fair before insisting that the count had been checked twice."),
    ).toEqual([
      ["told", "okafor", "the vote was fair"],
      ["insisting", "okafor", "the count had been checked twice"],
    ]);
    expect(who("Marlow praised the ferry crews while saying the timetable was too tight.")).toContainEqual([
      "saying",
      "marlow",
      "the timetable was too tight",
    ]);
  });

  it("leaves a participle that opens its sentence to the clause after it", () => {
    const out = who("Before saying the count was fair, Okafor checked the ballots.");
    expect(out.filter((c) => c[0] === "saying" && c[1] === "okafor")).toEqual([]);
  });
});

describe("the main clause of a participle after a semicolon", () => {
  it("takes the subject of the clause after the semicolon", () => {
    expect(
      who("Marlow said the ferry would run again; Okafor called that unlikely, while noting the crews were ready."),
    ).toContainEqual(["noting", "okafor", "the crews were ready"]);
  });
});

describe("a participle's main clause that opens with 'according to'", () => {
  it("takes the clause's subject, not the source the report is credited to", () => {
    expect(
      who("According to the Harbor Tribune, Okafor said the ferry would run again, adding that the crews were ready."),
    ).toContainEqual(["adding", "okafor", "the crews were ready"]);
  });
});

// invented sentences: the main clause's subject is a description that names a place or body, a name
// after a capitalised office with "of" inside it, or the subject of a perfect before a capitalised object
const PLACES: ActorSpec[] = [
  ...ACTORS,
  { id: "ruritania", kind: "country", names: ["Ruritania", "Ruritanian"] },
  { id: "harbor-party", kind: "organization", names: ["Harbor Party"] },
  { id: "dock-union", kind: "organization", names: ["Dock Union"] },
];
const among = (text: string) => claimsAmong(text, PLACES).map((c) => [c.cue, c.speaker, c.content]);

describe("a participle after a main clause that is itself a report", () => {
  it("takes the person set in apposition to a description of a place, as the report's own cue does", () => {
    expect(
      among("The mayor of Ruritania, Edith Marlow, said the ferry would run again, adding that the crews were ready."),
    ).toContainEqual(["adding", "marlow", "the crews were ready"]);
  });

  it("keeps the first of two bodies coordinated in the subject", () => {
    expect(
      among(
        "The Harbor Party and Dock Union filed a complaint against Ruritania, saying the port rules were unlawful.",
      ),
    ).toContainEqual(["saying", "harbor-party", "the port rules were unlawful"]);
  });
});

describe("the subject of a participle's main clause", () => {
  it("reads a capitalised office with 'of' inside it as a title before the name", () => {
    expect(
      among(
        "Ruritanian Minister of Transport Daniel Okafor posted a message blaming the Dock Union, saying the strike was illegal.",
      ),
    ).toContainEqual(["saying", "okafor", "the strike was illegal"]);
  });

  it("ends the subject at a perfect's past participle even when a name follows it", () => {
    expect(among("Okafor has praised Marlow, saying she was a stronger leader than her rivals.")).toContainEqual([
      "saying",
      "okafor",
      "she was a stronger leader than her rivals",
    ]);
  });

  it("ends the subject at an irregular past such as 'spoke'", () => {
    expect(among("Okafor spoke out sharply against Marlow's plan, suggesting it would sink the ferry.")).toContainEqual(
      ["suggesting", "okafor", "it would sink the ferry"],
    );
  });
});
