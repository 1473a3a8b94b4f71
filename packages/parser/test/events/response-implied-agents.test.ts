import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences for acts told in the passive whose doer the clause leaves
// out: the story's police for an arrest or a custody, the story's attacker (an
// actor named as the doer, else as the suspects) for a stabbing or a shooting;
// a "by" phrase still names the doer, and a story with no one in the role
// gives the act no doer.
const TOWN: ActorSpec[] = [
  { id: "norland", names: ["Norland", "Norlandic"] },
  {
    id: "police",
    names: ["the Norlandic police", "Norlandic police", "police", "Police"],
    kind: "organization",
    affiliation: "norland",
  },
  { id: "mayor", names: ["Mayor Ilse Varga", "Ilse Varga", "Varga"], kind: "person", affiliation: "norland" },
  {
    id: "minister",
    names: ["Interior Minister Tom Brandt", "Tom Brandt", "Brandt"],
    kind: "person",
    affiliation: "norland",
  },
  { id: "attacker", names: ["The attacker", "the attacker"], kind: "person" },
  { id: "suspects", names: ["two suspects", "the suspects", "The suspects"], kind: "group" },
  { id: "court", names: ["the Appeals Court", "The Appeals Court"], kind: "organization", affiliation: "norland" },
  { id: "klein", names: ["Ana Klein", "Klein"], kind: "person" },
  { id: "roth", names: ["Ben Roth", "Roth"], kind: "person" },
  { id: "poland", names: ["Poland"] },
];

function responses(text: string, actors: ActorSpec[] = TOWN) {
  return runEventStages(makeDoc(text, actors)).responses;
}

function expectOne(text: string, want: WantedResponse, actors: ActorSpec[] = TOWN): void {
  expectResponse(responses(text, actors), want);
}

describe("passive acts whose doer the story implies", () => {
  it.each<[string, WantedResponse]>([
    // an arrest or a custody with no agent: the story's police, before whoever reports it
    [
      "The Norlandic police sealed off the square. Tom Brandt confirmed that two suspects were arrested.",
      { type: "legal_action", actor: "police", targets: ["suspects"] },
    ],
    [
      "Norlandic police closed the road. Interior Minister Tom Brandt said the suspects were taken into custody.",
      { type: "legal_action", actor: "police", targets: ["suspects"] },
    ],
    // a stabbing or a shooting with no agent: the one the story names as the attacker
    [
      "Mayor Ilse Varga was stabbed on stage last night. The attacker was detained at the scene.",
      { type: "military_action", actor: "attacker", targets: ["mayor"] },
    ],
    // the patient's own side in its title is no target ("Norlandic ... Varga")
    [
      "The suspects fled. Norland's mayor Ilse Varga was shot outside her office on Monday.",
      { type: "military_action", actor: "suspects", targets: ["mayor"] },
    ],
    // a "by" phrase names the doer: the attacker shot by police
    [
      "Varga was stabbed at a rally. The attacker was shot dead by police.",
      { type: "military_action", actor: "police", targets: ["attacker"] },
    ],
    // an unnamed person arrested in a story of an attack is its attacker
    [
      "An individual has been arrested after Mayor Ilse Varga was stabbed at a concert. Police said the attacker acted alone.",
      { type: "legal_action", actor: "police", targets: ["attacker"] },
    ],
    // a long apposition between the one arrested and the verb still names who was arrested
    [
      "Ana Klein, a cyclist with a ranking of 12 in the world, was arrested on Friday. Norlandic police declined to comment.",
      { type: "legal_action", actor: "police", targets: ["klein"] },
    ],
    // names set off by appositions are one list of patients; the names inside the appositions are not
    [
      "The Appeals Court heard the case. Klein, a Norlandic aide, and Roth, a banker in Poland, were both convicted.",
      { type: "legal_action", actor: "court", targets: ["klein", "roth"] },
    ],
    // a court's reversal of convictions names the convicted after "of"
    [
      "The Appeals Court overturned the convictions of Ana Klein and Ben Roth on Tuesday.",
      { type: "legal_action", actor: "court", targets: ["klein", "roth"] },
    ],
    // "were both convicted": a floating quantifier leaves the clause passive, the verdict the court's
    [
      "The Appeals Court heard the case. Klein and Roth were both previously convicted of fraud.",
      { type: "legal_action", actor: "court", targets: ["klein", "roth"] },
    ],
  ])("%s", (text, want) => expectOne(text, want));

  it("takes the name before an apposition, not the place inside it, as the one acted on", () => {
    expectOne("The attacker fled. Ilse Varga, mayor of the Norlandic town of Brek, was stabbed at a concert.", {
      type: "military_action",
      actor: "attacker",
      targets: ["mayor"],
    });
  });

  it("never takes the one who reports an act for the one it is done to", () => {
    const found = responses("The attacker fled. Tom Brandt said three officers were stabbed in their offices.");
    expect(found.filter((r) => r.type === "military_action")).toEqual([]);
  });

  it("gives an act on someone named only through a possessor ('the suspect's wife') no target", () => {
    const found = responses("Police sealed the road. Tom Brandt said the attacker's wife was taken into custody.");
    expect(found.filter((r) => r.type === "legal_action")).toEqual([]);
  });

  it("gives an attack no doer when the story names no attacker or suspect", () => {
    const found = responses("Mayor Ilse Varga was stabbed on stage last night. She is in hospital.");
    expect(found.filter((r) => r.type === "military_action")).toEqual([]);
  });

  it("leaves an attack's doer open when the story names two attackers apart", () => {
    const actors: ActorSpec[] = [...TOWN, { id: "gunman", names: ["a gunman", "the gunman"], kind: "person" }];
    const found = responses("The attacker fled. Varga was stabbed near the gunman.", actors);
    expect(found.filter((r) => r.type === "military_action")).toEqual([]);
  });

  it("never takes the victim for the attacker", () => {
    const actors: ActorSpec[] = [{ id: "suspect", names: ["the suspect", "The suspect"], kind: "person" }];
    const found = responses("The suspect was stabbed in his cell.", actors);
    expect(found.filter((r) => r.type === "military_action")).toEqual([]);
  });

  it("gives an arrest with no police in the story to whoever reports it, as before", () => {
    expectOne("Interior Minister Tom Brandt said Ana Klein was arrested on Friday.", {
      type: "legal_action",
      actor: "minister",
      targets: ["klein"],
    });
  });

  it("does not read a film 'shot' in a city as an attack", () => {
    const found = responses("The attacker was a director. The film was shot in Norland last year.");
    expect(found.filter((r) => r.type === "military_action")).toEqual([]);
  });

  it("reads a court's reversal of convictions as no accusation, though an arrest for a crime is one", () => {
    const cleared = runEventStages(
      makeDoc("The Appeals Court overturned the convictions of Ana Klein for fraud.", TOWN),
    );
    expect(cleared.responses.map((r) => r.type)).toContain("legal_action");
    expect(cleared.accusations).toEqual([]);
    const arrested = runEventStages(makeDoc("The Norlandic police arrested Ana Klein for fraud.", TOWN));
    expect(arrested.accusations.map((a) => a.accused)).toEqual([["klein"]]);
  });

  it("credits the story's attacker with its first victim's attack only, not an older attack told later", () => {
    const found = responses(
      "Ilse Varga was stabbed in her office on Monday. The attacker fled. Years ago, on the night Ana Klein was shot, Varga was away.",
    ).filter((r) => r.type === "military_action");
    expect(found.map((r) => `${r.actor}>${r.targets.join(",")}`)).toEqual(["attacker>mayor"]);
  });

  it("gives an act on someone no actor names ('an inmate') no guessed target", () => {
    const found = responses("The attacker fled. Mayor Ilse Varga said an inmate had been stabbed in the prison.");
    expect(found.filter((r) => r.type === "military_action")).toEqual([]);
  });

  it("reads 'took a parting shot at' as words, not a shooting", () => {
    const found = responses("Mayor Ilse Varga took a parting shot at Tom Brandt on Friday.");
    expect(found.filter((r) => r.type === "military_action")).toEqual([]);
  });

  it("does not take the source of an 'according to' phrase for the doer of a coordinated act", () => {
    expectOne(
      "According to Ana Klein, the Norlandic police surrounded the attacker and shot the attacker on the bridge.",
      { type: "military_action", actor: "police", targets: ["attacker"] },
    );
  });

  it("gives no act to one who tells of an act done to himself ('claimed he was imprisoned')", () => {
    const found = responses("Ana Klein claimed she was wrongfully imprisoned under Mayor Ilse Varga.");
    expect(found.filter((r) => r.type === "legal_action")).toEqual([]);
  });
});

describe("protests told as a span of time", () => {
  const CITY: ActorSpec[] = [
    { id: "protesters", names: ["Protesters", "protesters"], kind: "group" },
    { id: "norland", names: ["Norland"] },
    {
      id: "govt",
      names: ["the Norlandic government", "Norlandic government"],
      kind: "organization",
      affiliation: "norland",
    },
  ];

  it("reads 'weeks of protests' as the protesters' protest", () => {
    expectOne(
      "Protesters filled the streets. The Norlandic government fell after two weeks of protests over a new tax.",
      { type: "protest", actor: "protesters", targets: ["govt"] },
      CITY,
    );
  });

  it("reads 'in the sixteen weeks of protests' as a time, not a protest told", () => {
    const found = responses(
      "Protesters marched. For the first time in the sixteen weeks of protests in Norland, the army fired.",
      CITY,
    );
    expect(found.filter((r) => r.type === "protest" && r.evidence.start > 20)).toEqual([]);
  });
});
