import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented sentences, one construction each
const ACTORS: ActorSpec[] = [
  { id: "marlow", kind: "person", names: ["Edith Marlow", "Marlow"] },
  { id: "okafor", kind: "person", names: ["Daniel Okafor", "Okafor"] },
  { id: "ruritania", kind: "country", names: ["Ruritania"] },
  { id: "tribune", kind: "media", names: ["Harbor Tribune"] },
];

function claimsOf(text: string) {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => ({
    speaker: c.speaker,
    cue: text.slice(c.cue.start, c.cue.end),
    content: text.slice(c.content.start, c.content.end),
    kind: c.kind,
  }));
}

describe("stance verbs attribute their object", () => {
  it("takes the object of a verb of criticism or praise, up to a subordinate clause", () => {
    expect(claimsOf('Marlow criticized the "ruinous" harbor tax because it hurt fishermen.')).toEqual([
      { speaker: "marlow", cue: "criticized", content: 'the "ruinous" harbor tax', kind: "partial" },
    ]);
    expect(claimsOf('Okafor praised the "bold" bridge plan, which opens next year.')).toEqual([
      { speaker: "okafor", cue: "praised", content: 'the "bold" bridge plan', kind: "partial" },
    ]);
  });

  it("ends the object before a 'during' phrase of time", () => {
    expect(claimsOf('Okafor criticized the "outrageous" ferry fares during a rally in the harbor.')).toEqual([
      { speaker: "okafor", cue: "criticized", content: 'the "outrageous" ferry fares', kind: "partial" },
    ]);
  });

  it("ends the object before a phrase saying when or where the stance was taken", () => {
    expect(claimsOf("Okafor endorsed Edith Marlow's harbor plan last week.")[0]).toMatchObject({
      cue: "endorsed",
      content: "Edith Marlow's harbor plan",
    });
    expect(claimsOf("Marlow criticized the harbor tax on Monday.")[0]).toMatchObject({
      content: "the harbor tax",
    });
    expect(claimsOf("Okafor praised the bridge plan in early June.")[0]).toMatchObject({
      content: "the bridge plan",
    });
    expect(claimsOf("Marlow defended the new toll in an interview with the Harbor Tribune.")[0]).toMatchObject({
      content: "the new toll",
    });
  });

  it("keeps a condition and a belief's time with the object", () => {
    expect(claimsOf("Marlow opposed the toll in the event of a strike.")[0]).toMatchObject({
      content: "the toll in the event of a strike",
    });
    expect(claimsOf("Okafor thinks the ferry will resume in June.")[0]).toMatchObject({
      content: "the ferry will resume in June",
    });
  });

  it("keeps a time word that the object's complement or a name follows", () => {
    expect(claimsOf("Marlow criticized Okafor on Monday over the ferry fares.")[0]).toMatchObject({
      content: "Okafor on Monday over the ferry fares",
    });
    expect(claimsOf("Okafor praised a harbor history by Sunday Adeyemi about the old docks.")[0]).toMatchObject({
      content: "a harbor history by Sunday Adeyemi about the old docks",
    });
  });

  it("keeps a list the object announces, and stops at a second verb of the subject", () => {
    expect(claimsOf('Okafor praised the "visionary" harbor plans, including the new ferry.')).toEqual([
      {
        speaker: "okafor",
        cue: "praised",
        content: 'the "visionary" harbor plans, including the new ferry',
        kind: "partial",
      },
    ]);
    expect(claimsOf('Marlow criticized the "unfair" toll and demanded a vote.')).toEqual([
      { speaker: "marlow", cue: "criticized", content: 'the "unfair" toll', kind: "partial" },
    ]);
  });

  it("keeps 'as ...' with the object it describes", () => {
    expect(claimsOf('Marlow cited the closed mill as "proof of neglect".')[0]).toMatchObject({
      speaker: "marlow",
      content: 'the closed mill as "proof of neglect"',
    });
  });

  it("gives a participle's object to its main clause's subject", () => {
    const got = claimsOf('Okafor spoke for an hour in the square, citing a "damning" survey of local bakers.');
    expect(got).toEqual([
      { speaker: "okafor", cue: "citing", content: 'a "damning" survey of local bakers', kind: "partial" },
    ]);
  });

  it("reads a bare clause after a verb of belief", () => {
    const got = claimsOf("Marlow thinks the ferry will be late again.");
    expect(got).toEqual([
      { speaker: "marlow", cue: "thinks", content: "the ferry will be late again", kind: "indirect" },
    ]);
  });

  it("reports a bare noun phrase as the object; a request's object is no claim", () => {
    expect(claimsOf("Marlow criticized the new harbor tax because it hurt fishermen.")).toEqual([
      { speaker: "marlow", cue: "criticized", content: "the new harbor tax", kind: "indirect" },
    ]);
    expect(claimsOf("Okafor opposed the closure of the mill.")).toEqual([
      { speaker: "okafor", cue: "opposed", content: "the closure of the mill", kind: "indirect" },
    ]);
    expect(claimsOf("Okafor expressed his support for the ferry plan.")).toEqual([
      { speaker: "okafor", cue: "expressed", content: "his support for the ferry plan", kind: "indirect" },
    ]);
    expect(claimsOf("Okafor called for an inquiry into the harbor fire.")).toEqual([]);
  });

  it("reads a clause that a subject pronoun opens, and a 'that' clause coordinated with the object", () => {
    expect(claimsOf("Okafor expressed she was unwilling to run again.")).toEqual([
      { speaker: "okafor", cue: "expressed", content: "she was unwilling to run again", kind: "indirect" },
    ]);
    expect(claimsOf("The harbor board expressed regret and that it would pay the fishermen.")[0]).toMatchObject({
      cue: "expressed",
      content: "regret and that it would pay the fishermen",
    });
  });

  it("keeps a belief coordinated with a request, and a quotation after a request apart from it", () => {
    expect(claimsOf("Okafor called for new ferries but felt the old pier should stay open.")).toEqual([
      { speaker: "okafor", cue: "felt", content: "the old pier should stay open", kind: "indirect" },
    ]);
    const got = claimsOf('Okafor called for calm on Monday. "They never stopped working through the storm."');
    expect(got.map((c) => [c.kind, c.content])).toEqual([["direct", "They never stopped working through the storm."]]);
    // a stance verb's object goes on with the quotation after it
    const praised = claimsOf(
      'Marlow praised the ferry crews on Monday. "They never stopped working through the storm."',
    );
    expect(praised.map((c) => [c.kind, c.content])).toEqual([
      ["partial", 'the ferry crews on Monday. "They never stopped working through the storm.'],
    ]);
  });

  it("keeps a report whose content is only a request; a stance's object is the claim", () => {
    expect(claimsOf("Okafor called for a new toll, according to the Harbor Tribune.")).toEqual([
      { speaker: "tribune", cue: "according to", content: "Okafor called for a new toll", kind: "indirect" },
    ]);
    expect(claimsOf("Okafor criticized the new toll, according to the Harbor Tribune.")).toEqual([
      { speaker: "okafor", cue: "criticized", content: "the new toll", kind: "indirect" },
    ]);
  });

  it("reports nothing for passives, negations, adjectives and definitions", () => {
    expect(claimsOf("The new harbor tax was criticized by Marlow.")).toEqual([]);
    expect(claimsOf("Okafor did not criticize the bridge plan.")).toEqual([]);
    expect(claimsOf("Both towns back opposing teams in the cup final.")).toEqual([]);
    expect(claimsOf("The Harbor Tribune refers to the old port district.")).toEqual([]);
  });
});

describe("reported clauses", () => {
  it("takes a bare clause after a that-verb when a subject pronoun opens it", () => {
    expect(claimsOf("Marlow announced she would stand for the council.")).toEqual([
      { speaker: "marlow", cue: "announced", content: "she would stand for the council", kind: "indirect" },
    ]);
    expect(claimsOf("Okafor confirmed there was a leak in the mill.")).toEqual([
      { speaker: "okafor", cue: "confirmed", content: "there was a leak in the mill", kind: "indirect" },
    ]);
    // an object, not a clause
    expect(claimsOf("Marlow announced her candidacy for the council.")).toEqual([]);
  });

  it("reads 'charged that' as a report, and neither a charge with a crime nor 'so charged that'", () => {
    expect(claimsOf("Okafor charged that the mill had hidden its losses.")).toEqual([
      { speaker: "okafor", cue: "charged", content: "the mill had hidden its losses", kind: "indirect" },
    ]);
    expect(claimsOf("Marlow charged Okafor with fraud.")).toEqual([]);
    expect(claimsOf("The vote was so politically charged that Okafor left the room.")).toEqual([]);
  });

  it("ends reported content where a second attribution begins", () => {
    const got = claimsOf("Marlow said the mill would reopen, at the meeting on Friday Okafor said it would not.");
    expect(got.map((c) => [c.speaker, c.content])).toEqual([
      ["marlow", "the mill would reopen"],
      ["okafor", "it would not"],
    ]);
  });

  it("keeps a relative clause with its own cue inside the content", () => {
    const got = claimsOf("Marlow said the mill, which Okafor said was unsafe, would reopen.");
    expect(got[0]).toMatchObject({
      speaker: "marlow",
      content: "the mill, which Okafor said was unsafe, would reopen",
    });
  });

  it("ends reported content before a second cue joined by 'and'", () => {
    const got = claimsOf("Okafor said the ferry was late and asked whether the port would pay.");
    expect(got[0]).toMatchObject({ speaker: "okafor", content: "the ferry was late" });
  });

  it("ends reported content before a that-only cue's past form that opens its own clause", () => {
    const predicted = claimsOf("Okafor said the ferry was late and predicted that the port would pay.");
    expect(predicted[0]).toMatchObject({ speaker: "okafor", cue: "said", content: "the ferry was late" });
    const vowed = claimsOf("Marlow said the mill was unsafe but vowed to keep it open.");
    expect(vowed[0]).toMatchObject({ speaker: "marlow", cue: "said", content: "the mill was unsafe" });
  });

  it("keeps a that-only cue's past form used as an adjective inside the content", () => {
    const got = claimsOf("Okafor said the fire spread to the depot and confirmed cases rose.");
    expect(got[0]).toMatchObject({ content: "the fire spread to the depot and confirmed cases rose" });
  });

  it("leaves an opening 'according to' to the claim whose subject follows it", () => {
    const got = claimsOf(
      "According to the Harbor Tribune, the harbor master, Daniel Okafor, said the port would close.",
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ speaker: "okafor", cue: "said", content: "the port would close" });
  });
});

describe("clauses without 'that'", () => {
  it("takes a named or determined subject with its auxiliary as a bare clause", () => {
    expect(claimsOf("Marlow's lawyers alleged Okafor was bribed.")[0]).toMatchObject({
      cue: "alleged",
      content: "Okafor was bribed",
    });
    expect(claimsOf("Okafor indicated the harbor board was divided.")[0]).toMatchObject({
      speaker: "okafor",
      content: "the harbor board was divided",
    });
  });

  it("reads 'no' with a noun phrase and its verb as a clause", () => {
    expect(claimsOf("The Harbor Tribune reported no boats were damaged.")[0]).toMatchObject({
      content: "no boats were damaged",
    });
  });

  it("starts the content at the auxiliary when the relative's gap is the subject", () => {
    const got = claimsOf("The ruling contained passages which lawyers say could change the port's future.");
    expect(got[0]).toMatchObject({ cue: "say", content: "could change the port's future" });
  });

  it("reads an object with 'to be' as what is claimed", () => {
    const got = claimsOf("Ruritania arrested four sailors, claiming them to be smugglers.");
    expect(got[0]).toMatchObject({ speaker: "ruritania", cue: "claiming", content: "them to be smugglers" });
  });

  it("reads 'claimed responsibility' as an object, and a clause before a bare cue as no subject", () => {
    expect(claimsOf("A small group claimed responsibility for the fire.")).toEqual([]);
    expect(claimsOf("Of the four boats, Marlow's was the only one inspected.")).toEqual([]);
  });

  it("takes a quoted label after 'characterized ... as'", () => {
    expect(claimsOf('Okafor characterized the fine as "a political act."')[0]).toMatchObject({
      speaker: "okafor",
      cue: "characterized",
    });
  });
});

describe("quotations", () => {
  it("joins the pieces of a quote when the second ends its sentence inside the marks", () => {
    const got = claimsOf('"The tax is unfair," Marlow said. "We will fight it in court." Few expect her to win.');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      speaker: "marlow",
      content: 'The tax is unfair," Marlow said. "We will fight it in court.',
    });
  });

  it("joins the pieces across a participle that comments on the quote", () => {
    const got = claimsOf(
      '"The mill made this town," Okafor said, recalling the strike of 1985. "Without it we are nothing."',
    );
    expect(got.find((c) => c.cue === "said")?.content).toBe(
      'The mill made this town," Okafor said, recalling the strike of 1985. "Without it we are nothing.',
    );
  });

  it("reads 'Name: ‘quote’' as that source's words, in a headline or further in", () => {
    const got = claimsOf(
      "Marlow: ‘The Harbor Will Stay Open.’\n\nThe council met on Friday. Okafor: ‘We Will Not Close The Mill.’",
    );
    expect(got.map((c) => [c.speaker, c.cue])).toEqual([
      ["marlow", ":"],
      ["okafor", ":"],
    ]);
    // a label and a colon without a quotation is no claim
    expect(claimsOf("The council met on Friday. Update: The meeting ran late into the night.")).toEqual([]);
  });
});

describe("who is speaking", () => {
  const PEOPLE: ActorSpec[] = [
    { id: "vance", kind: "person", names: ["Governor Alma Vance", "Vance"] },
    { id: "pike", kind: "person", names: ["Tomas Pike"] },
    { id: "reyes", kind: "person", names: ["Lena Reyes"] },
    { id: "court", kind: "organization", names: ["Supreme Court of Ruritania"] },
    { id: "tribune", kind: "media", names: ["Harbor Tribune"] },
  ];
  const speakerOf = (text: string, cue: string) => {
    const doc = handBuiltDoc(text, PEOPLE);
    findClaims(doc);
    return saidClaims(doc).find((c) => text.slice(c.cue.start, c.cue.end) === cue)?.speaker;
  };

  it("resolves a pronoun past a person named inside a prepositional phrase", () => {
    const text =
      "Governor Alma Vance admitted blame for the death of activist Tomas Pike. Speaking to Lena Reyes of the Harbor Tribune, she said the police had failed.";
    expect(speakerOf(text, "said")).toBe("vance");
  });

  it("gives a document the text did not introduce to the body named just before it", () => {
    const text =
      "The Supreme Court of Ruritania ruled on Tuesday. According to the ruling, the port must reopen within a month.";
    expect(speakerOf(text, "According to")).toBe("court");
  });
});

describe("indirect questions", () => {
  it("reads the question after 'asked', past its hearer, as no claim (a question asserts nothing)", () => {
    expect(claimsOf("Marlow asked Okafor whether the mill would reopen.")).toEqual([]);
  });

  it("reads a sentence-opening 'Asked if ...' as a question, and the answer as the claim", () => {
    const got = claimsOf("Asked if the ferry would run on Sunday, Okafor said it would.");
    expect(got.map((c) => c.content)).toEqual(["it would"]);
  });

  it("reads 'asked' with an object and no question as no claim", () => {
    expect(claimsOf("Okafor asked the council for more money.")).toEqual([]);
  });
});

describe("labels and content edges", () => {
  it("reads 'called X a Y' without quotation marks as a judgement", () => {
    expect(claimsOf("Marlow called the harbor tax a mistake.")[0]).toMatchObject({
      speaker: "marlow",
      cue: "called",
      content: "the harbor tax a mistake",
    });
    // no label: a call, not a claim
    expect(claimsOf("Marlow called the harbor master on Friday.")).toEqual([]);
  });

  it("keeps every quoted label of a list, articles and all", () => {
    const got = claimsOf('Okafor called the mayor a "coward," a "fraud" and "unfit."');
    expect(got[0]?.content).toBe('the mayor a "coward," a "fraud" and "unfit."');
  });

  it("reads 'and' before a cue that doubles as a noun as part of the content", () => {
    const got = claimsOf("Marlow said the company broke federal and state law by dumping waste.");
    expect(got[0]?.content).toBe("the company broke federal and state law by dumping waste");
  });

  it("keeps a quoted fragment followed by its verb inside the content", () => {
    const got = claimsOf("Okafor said the fine “plainly and wrongly” suggests that the port is to blame.");
    expect(got[0]?.content).toBe("the fine “plainly and wrongly” suggests that the port is to blame");
  });
});

describe("more reporting shapes", () => {
  it("attributes a sentence with a quoted predicate to the speaker after its closing mark", () => {
    const got = claimsOf('The harbor "has never been safer," Marlow said.');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ speaker: "marlow", content: 'The harbor "has never been safer,"', kind: "partial" });
  });

  it("reads 'responded that' and 'joked that' as reported speech", () => {
    expect(claimsOf("Okafor responded that the figures were wrong.")[0]).toMatchObject({
      speaker: "okafor",
      content: "the figures were wrong",
    });
    expect(claimsOf("Marlow joked that the ferry was older than her.")[0]).toMatchObject({
      speaker: "marlow",
      content: "the ferry was older than her",
    });
  });

  it("reads 'X's claim that ...' and 'his statement that ...' as the possessor's claim", () => {
    expect(claimsOf("Reporters checked Okafor's claim that the mill had doubled its output.")[0]).toMatchObject({
      speaker: "okafor",
      cue: "claim",
      content: "the mill had doubled its output",
    });
    expect(claimsOf("Marlow spoke first. Few believed her statement that the port was safe.")[0]).toMatchObject({
      speaker: "marlow",
      content: "the port was safe",
    });
    // no author: a claim nobody is said to have made
    expect(claimsOf("The claim that the port was safe did not hold.")).toEqual([]);
  });

  it("reads 'X's answer was that ...' as the possessor's claim, through a form of 'be'", () => {
    expect(
      claimsOf("Okafor was asked about the strike. Okafor's answer was that the mill would reopen."),
    ).toContainEqual(expect.objectContaining({ speaker: "okafor", cue: "answer", content: "the mill would reopen" }));
    expect(claimsOf("Marlow spoke last. Her point is that the port cannot pay for it.")).toContainEqual(
      expect.objectContaining({ speaker: "marlow", content: "the port cannot pay for it" }),
    );
    // a "that" after the copula with no author before the noun reports nobody's claim
    expect(claimsOf("The answer was that the port was closed.")).toEqual([]);
    // without the copula, "that" after such a noun opens a relative clause
    expect(claimsOf("Marlow shaped the Harbor Tribune's message that reached the port.")).toEqual([]);
  });
});

describe("longer phrases around the cue", () => {
  it("reaches 'that' past an adverbial with a quoted programme title", () => {
    const got = claimsOf(
      "Marlow said on the Harbor Tribune's “Morning Tide” show on Sunday that the mill would close.",
    );
    expect(got[0]).toMatchObject({ speaker: "marlow", content: "the mill would close" });
  });

  it("finds a quoted label after a long object", () => {
    const got = claimsOf(
      "Okafor called the council's plan to sell the old ferry terminal to a developer “a betrayal.”",
    );
    expect(got[0]?.content).toBe("the council's plan to sell the old ferry terminal to a developer “a betrayal.”");
  });

  it("reads a party label in parentheses as part of the speaker phrase", () => {
    const got = claimsOf("“The port will stay open,” Daniel Okafor (D-Harb.) said on Friday.");
    expect(got).toEqual([{ speaker: "okafor", cue: "said", content: "The port will stay open", kind: "direct" }]);
  });
});

describe("according to", () => {
  it("ends the content at an apposition on the source", () => {
    const got = claimsOf(
      "The harbor lost money last year, according to Edith Marlow, a lawyer who studied the accounts.",
    );
    expect(got[0]).toMatchObject({ speaker: "marlow", content: "The harbor lost money last year" });
  });
});

describe("an outlet relaying someone's claim leaves the claim to its speaker", () => {
  it("'On Monday, X said Y, according to the Tribune': one claim, X's", () => {
    const got = claimsOf("On Monday, Okafor said the ferry would run all winter, according to the Harbor Tribune.");
    expect(got.map((c) => [c.speaker, c.content])).toEqual([["okafor", "the ferry would run all winter"]]);
  });

  it("'He said Y, the Tribune reported': the pronoun's claim, not the outlet's", () => {
    const got = claimsOf(
      "Daniel Okafor spoke at the pier. He said that the toll would rise, the Harbor Tribune reported.",
    );
    expect(got.map((c) => [c.speaker, c.content])).toEqual([["okafor", "the toll would rise"]]);
  });

  it("a person who tells what someone else said keeps the claim", () => {
    const got = claimsOf("Daniel Okafor met the crews. He promised to cut the toll, Edith Marlow said.");
    expect(got.map((c) => c.speaker)).toContain("marlow");
  });
});
