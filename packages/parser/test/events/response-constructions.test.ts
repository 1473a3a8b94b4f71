import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences for response constructions beyond the tuned articles
const ACTORS = [
  ...WORLD,
  { id: "congress", names: ["Congress"], kind: "organization" as const, affiliation: "usa" },
  { id: "trump", names: ["Donald Trump", "Trump"], kind: "person" as const, affiliation: "usa" },
  { id: "macron", names: ["Emmanuel Macron", "Macron"], kind: "person" as const },
  { id: "merkel", names: ["Angela Merkel", "Merkel"], kind: "person" as const, affiliation: "germany" },
  { id: "g20", names: ["G20"], kind: "organization" as const },
  { id: "court", names: ["the Supreme Court", "Supreme Court"], kind: "organization" as const },
  { id: "regulator", names: ["the Media Authority", "Media Authority"], kind: "organization" as const },
  { id: "lee", names: ["Kim Lee", "Lee"], kind: "person" as const },
];

function run(text: string, keepUntargeted = false) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc, keepUntargeted);
}

describe("refusals, calls and their backing", () => {
  it("reads 'denied funding' as a refusal, never a denial", () => {
    const doc = run("Trump asked for money for the dam. Congress has twice denied funding for the project.");
    expect(doc.denials, JSON.stringify(doc.denials)).toEqual([]);
    expect(doc.responses.find((r) => r.actor === "congress")?.type, JSON.stringify(doc.responses)).toBe("reject");
  });

  it("reads 'called for' as a demand only when it names who is to act", () => {
    const named = run("Emmanuel Macron called for G20 action on the drought.");
    const call = named.responses.find((r) => r.type === "demand");
    expect(call?.actor, JSON.stringify(named.responses)).toBe("macron");
    expect(call?.targets).toEqual(["g20"]);
    const bare = run("Macron spoke to reporters. Later Merkel called for an end to the violence.");
    expect(
      bare.responses.filter((r) => r.type === "demand"),
      JSON.stringify(bare.responses),
    ).toEqual([]);
  });

  it("reads a seconded call as backing the one who called", () => {
    const doc = run("Emmanuel Macron called for G20 action on the drought. The call was seconded by Angela Merkel.");
    const back = doc.responses.find((r) => r.actor === "merkel");
    expect(back?.type, JSON.stringify(doc.responses)).toBe("cooperate");
    expect(back?.targets).toEqual(["macron"]);
  });

  it("reads opposing someone's statement as a rejection of them", () => {
    const doc = run("Angela Merkel opposed Macron's statement on the treaty.");
    const r = doc.responses.find((x) => x.type === "reject");
    expect(r?.actor, JSON.stringify(doc.responses)).toBe("merkel");
    expect(r?.targets).toEqual(["macron"]);
  });
});

describe("admissions, alleged acts and court outcomes", () => {
  it("counts an admission only when it owns up to a wrong or failing", () => {
    const none = run('"Trump knows he will lose, and he admits that he will likely lose this case," Lee said.');
    expect(
      none.responses.filter((r) => r.type === "admit"),
      JSON.stringify(none.responses),
    ).toEqual([]);
    const owned = run("The Media Authority admitted its mistake in the licensing of Kim Lee.");
    expect(owned.responses.some((r) => r.type === "admit" && r.actor === "regulator")).toBe(true);
  });

  it("does not read the act an accusation alleges as a response", () => {
    const doc = run("Germany blames Trump for encouraging officials to ignore the law.");
    expect(
      doc.responses.filter((r) => r.type === "demand"),
      JSON.stringify(doc.responses),
    ).toEqual([]);
  });

  it("does not make the convicted one the actor of a reduced passive", () => {
    const doc = run("Kim Lee wept in court when convicted.");
    expect(
      doc.responses.filter((r) => r.actor === "lee"),
      JSON.stringify(doc.responses),
    ).toEqual([]);
  });

  it("credits a court outcome told without its actor to the court named just before", () => {
    const doc = run("The Supreme Court heard the appeal on Monday. Kim Lee was found guilty of fraud.");
    const r = doc.responses.find((x) => x.type === "legal_action");
    expect(r?.actor, JSON.stringify(doc.responses)).toBe("court");
    expect(r?.targets).toEqual(["lee"]);
    const acc = doc.accusations.find((a) => a.accuser === "court");
    expect(acc?.accused).toEqual(["lee"]);
  });

  it("reads filing a petition as a legal action", () => {
    const doc = run("Kim Lee filed a petition against the Media Authority on Friday.");
    const r = doc.responses.find((x) => x.type === "legal_action");
    expect(r?.actor, JSON.stringify(doc.responses)).toBe("lee");
    expect(r?.targets).toEqual(["regulator"]);
  });

  it("takes the one ordered, not a name in what follows, as an order's target", () => {
    const doc = run(
      "The last time the Media Authority ordered the station to shut down was under a decree signed by Trump.",
      true,
    );
    const r = doc.responses.find((x) => x.type === "sanction");
    expect(r?.actor, JSON.stringify(doc.responses)).toBe("regulator");
    expect(r?.targets).toEqual([]);
  });

  it("lets the evidence of an act run over its object", () => {
    const doc = run("Trump threatened the network's broadcasting licence last year.", true);
    const r = doc.responses.find((x) => x.type === "threaten");
    expect(r && doc.text.slice(r.evidence.start, r.evidence.end), JSON.stringify(doc.responses)).toContain(
      "broadcasting licence",
    );
  });

  it("guesses no target for a call to an unnamed party of its own", () => {
    const text = "Merkel met Macron in Paris on Monday. A week later, Kim Lee urged voters to stay home.";
    const call = run(text, true).responses.find((r) => r.actor === "lee" && r.type === "demand");
    expect(call).toBeDefined();
    expect(call?.targets).toEqual([]);
    // with no one to stand for its target, the pipeline leaves the call out
    expect(run(text).responses.filter((r) => r.actor === "lee")).toEqual([]);
  });

  it("does not read a 'to' passed over by a gap as the end of the one addressed", () => {
    const doc = run("Germany invited the two sides to open talks with Poland.");
    const r = doc.responses.find((x) => x.type === "cooperate");
    expect(r?.targets, JSON.stringify(doc.responses)).toEqual(["poland"]);
  });

  it("reads beginning an offensive as a military act", () => {
    const doc = run("Russia began a ground offensive into eastern Ukraine on Wednesday.");
    const r = doc.responses.find((x) => x.type === "military_action");
    expect(r?.actor, JSON.stringify(doc.responses)).toBe("russia");
    expect(r?.targets).toEqual(["ukraine"]);
  });

  it("reads two leaders speaking on the phone as the first working with the second, past a title", () => {
    const doc = run("On Monday, Donald Trump and German Chancellor Angela Merkel spoke on the phone.");
    const r = doc.responses.find((x) => x.type === "cooperate");
    expect(r?.actor, JSON.stringify(doc.responses)).toBe("trump");
    expect(r?.targets).toEqual(["merkel"]);
  });

  it("tells no act on 'two other' unnamed parties", () => {
    const doc = run("Trump was impeached by Congress. Congress has only impeached two other presidents.");
    expect(
      doc.responses.filter((r) => r.evidence.start > 35),
      JSON.stringify(doc.responses),
    ).toEqual([]);
  });

  it("does not read a passive's agent described by an -ing form as an act of the subject", () => {
    const doc = run("Speaking in parliament, Kim Lee was interrupted by protesting students.");
    expect(
      doc.responses.filter((r) => r.actor === "lee"),
      JSON.stringify(doc.responses),
    ).toEqual([]);
  });

  it("does not take the means ('by hiring X') as the target of an act", () => {
    const doc = run("The Media Authority opened an investigation by hiring Kim Lee as an auditor.");
    const r = doc.responses.find((x) => x.type === "investigate");
    expect(r?.targets ?? [], JSON.stringify(doc.responses)).not.toContain("lee");
  });

  it("guesses no target for a request to unnamed people inside the cue", () => {
    const doc = run(
      'In a statement, Kim Lee said, "The bishop of Marbel, Poland, died on Monday." Lee also asked people to "pray for him".',
      true,
    );
    const r = doc.responses.find((x) => x.actor === "lee" && x.type === "demand");
    expect(r, JSON.stringify(doc.responses)).toBeDefined();
    expect(r?.targets).toEqual([]);
  });
});
