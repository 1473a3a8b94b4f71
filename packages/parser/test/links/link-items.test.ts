import { describe, expect, it } from "vitest";
import { makeDoc, runEventStages, WORLD } from "../events/make-doc.js";

function run(text: string) {
  const doc = makeDoc(text, WORLD, "2021-03-17");
  return runEventStages(doc);
}

describe("linkItems", () => {
  it("ties a sanction to the accusation its cause phrase names (same category, same accused)", () => {
    const doc = run(
      "The Biden administration imposed sanctions against Russia for trying to assassinate Navalny by poisoning him. Washington formally accused the Kremlin of trying to kill Mr. Navalny.",
    );
    const sanction = doc.responses.find((r) => r.type === "sanction");
    expect(sanction?.respondsTo).toBe(doc.accusations[0]?.id);
    expect(doc.accusations[0]?.category).toBe("assassination attempt");
  });

  it("ties a response to an accusation inside its cause phrase", () => {
    const doc = run(
      "The U.S. expelled Russian diplomats in response to what they describe as malign activity by Moscow.",
    );
    expect(doc.responses[0]?.respondsTo).toBe(doc.accusations[0]?.id);
  });

  it("ties 'responded by' to the last action against the responder, and takes its date", () => {
    const doc = run("In 2018, the U.S. expelled 60 Russian diplomats. Moscow responded by expelling U.S. diplomats.");
    const [first, second] = doc.responses;
    expect(second?.actor).toBe("russia");
    expect(second?.respondsTo).toBe(first?.id);
    expect(second?.date?.value).toBe("2018");
  });

  it("ties 'the announcement came a day after ...' to the previous response", () => {
    const doc = run(
      "Russia has recalled its ambassador to the U.S. for consultations. The announcement came a day after a U.S. report accused Putin of ordering an influence operation.",
    );
    expect(doc.responses[0]?.respondsTo).toBe(doc.accusations[0]?.id);
  });

  it("ties a denial to the accusation against the denier", () => {
    const doc = run("Washington accused Moscow of election interference. The Kremlin denied any interference.");
    expect(doc.denials[0]?.respondsTo).toBe(doc.accusations[0]?.id);
  });

  it("ties a denial to the accusation against the denier, not a nearer one against a compatriot", () => {
    const actors = [
      ...WORLD,
      { id: "hale", names: ["Governor Tom Hale", "Hale"], kind: "person" as const, affiliation: "usa" },
      { id: "ruiz", names: ["Senator Ana Ruiz", "Ruiz"], kind: "person" as const, affiliation: "usa" },
    ];
    const doc = runEventStages(
      makeDoc(
        "Psaki accused Governor Tom Hale of corruption. Hale accused Senator Ana Ruiz of corruption. Hale denied the allegations.",
        actors,
      ),
    );
    const againstHale = doc.accusations.find((a) => a.accused.includes("hale"));
    expect(doc.accusations.some((a) => a.accused.includes("ruiz"))).toBe(true);
    expect(doc.denials[0]?.denier).toBe("hale");
    expect(doc.denials[0]?.respondsTo).toBe(againstHale?.id);
  });

  it("ties a denial to the accusation naming the denier, not a nearer one against its country", () => {
    const doc = run(
      "Psaki accused Vladimir Putin of corruption. Washington accused Moscow of election interference. Putin denied the allegations.",
    );
    const againstPutin = doc.accusations.find((a) => a.accused.includes("putin"));
    expect(doc.accusations.some((a) => a.accused.includes("russia"))).toBe(true);
    expect(doc.denials[0]?.denier).toBe("putin");
    expect(doc.denials[0]?.respondsTo).toBe(againstPutin?.id);
  });

  it("leaves respondsTo empty when the text gives no cause", () => {
    const doc = run("Germany expelled two Russian diplomats.");
    expect(doc.responses[0]?.respondsTo).toBeNull();
  });
});
