import { describe, expect, it } from "vitest";
import { documentAuthor } from "../../src/events/accusation-documents.js";
import { docTokens } from "../../src/events/tokens.js";
import { accusationPairs, makeDoc, parseClaimsAndEvents } from "./make-doc.js";

// invented court and campaign stories: a document speaks for the author the story names with it
const ACTORS = [
  { id: "acme", names: ["Acme Corp", "Acme"], kind: "organization" as const },
  { id: "ohio", names: ["Ohio"], kind: "country" as const },
  { id: "smith", names: ["John Smith", "Smith"], kind: "person" as const },
  { id: "ruiz", names: ["Jane Ruiz", "Ruiz"], kind: "person" as const },
  { id: "union", names: ["Teamsters Local 12"], kind: "organization" as const },
];

const run = (text: string) => parseClaimsAndEvents(text, ACTORS);

describe("documents that speak for their author", () => {
  it("reads a lawsuit's allegation as its filer's, named where the suit was first told", () => {
    const doc = run(
      "Ohio filed a lawsuit against Acme Corp on Monday. The lawsuit alleges that Acme Corp illegally dumped toxic waste.",
    );
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toContain("ohio>acme");
  });

  it("reads 'a suit from X' and a possessor as the author", () => {
    const doc = run(
      "Acme Corp faces a suit from Ruiz. The suit says Acme Corp illegally fired workers. Teamsters Local 12's letter accused John Smith of bribing inspectors.",
    );
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toContain("ruiz>acme");
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toContain("union>smith");
  });

  it("reads 'according to the complaint' as the complaint's author speaking", () => {
    const doc = run(
      "Ruiz filed a complaint with the court. According to the complaint, Acme Corp illegally fired her.",
    );
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toContain("ruiz>acme");
  });

  it("reads past an aside after the document and takes a suit's papers as the suer's", () => {
    const doc = run(
      "Ruiz sued Acme Corp on Friday. The complaint, which was filed in federal court, alleged that Acme Corp illegally fired her.",
    );
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toContain("ruiz>acme");
  });

  it("names a possessor as a document's author, but not the possessor of an indictment, its target", () => {
    const doc = makeDoc("Acme Corp's notice described the dispute. Smith's indictment described the dispute.", ACTORS);
    const tokens = docTokens(doc);
    const notice = tokens.findIndex((t) => t.lower === "notice");
    const indictment = tokens.findIndex((t) => t.lower === "indictment");
    expect(documentAuthor(doc, tokens, notice)).toBe("acme");
    expect(documentAuthor(doc, tokens, indictment)).toBeNull();
  });

  it("takes the nearest telling of the document: a new suit with no author named is not an older suit's", () => {
    const doc = makeDoc(
      "Ohio filed a lawsuit against Acme Corp in March. Two months later, another lawsuit was brought in Texas. The suit alleges that John Smith dumped waste.",
      ACTORS,
    );
    const tokens = docTokens(doc);
    const suit = tokens.findIndex((t) => t.lower === "suit");
    expect(documentAuthor(doc, tokens, suit)).toBeNull();
    const told = makeDoc(
      "Ohio filed a lawsuit against Acme Corp in March. Two months later, the lawsuit was moved to Texas. The suit alleges that John Smith dumped waste.",
      ACTORS,
    );
    const toldTokens = docTokens(told);
    expect(
      documentAuthor(
        told,
        toldTokens,
        toldTokens.findIndex((t) => t.lower === "suit"),
      ),
    ).toBe("ohio");
  });

  it("takes the nearest suit's filer over an older suer, and a passive suer's by-agent", () => {
    const nearest = run(
      "Ruiz sued Acme Corp in 2019. Last week Teamsters Local 12 filed a petition against John Smith. The complaint alleges that John Smith illegally fired workers.",
    );
    expect(accusationPairs(nearest), JSON.stringify(nearest.accusations)).toContain("union>smith");
    expect(accusationPairs(nearest), JSON.stringify(nearest.accusations)).not.toContain("ruiz>smith");
    const passive = run(
      "Acme Corp was sued by Ohio on Friday. The complaint alleged that Acme Corp illegally dumped toxic waste.",
    );
    expect(accusationPairs(passive), JSON.stringify(passive.accusations)).toContain("ohio>acme");
  });

  it("reads an ad's attack as its sponsor's: the one that ran it, or the name right before it", () => {
    const ran = run("Teamsters Local 12 ran a new ad on Monday. The ad accuses John Smith of lying about wages.");
    expect(accusationPairs(ran), JSON.stringify(ran.accusations)).toContain("union>smith");
    // "the spot" is the ad told before
    const spot = run(
      "Ruiz is airing a television ad in Ohio. The 30-second spot accuses Acme Corp of cheating workers.",
    );
    expect(accusationPairs(spot), JSON.stringify(spot.accusations)).toContain("ruiz>acme");
    const named = run("The Ruiz ad accuses John Smith of hiding his taxes.");
    expect(accusationPairs(named), JSON.stringify(named.accusations)).toEqual(["ruiz>smith"]);
  });

  it("does not take the name in 'an anti-X ad' for its sponsor", () => {
    const doc = makeDoc("An anti-Ruiz ad aired on Monday.", ACTORS);
    const tokens = docTokens(doc);
    const ad = tokens.findIndex((t) => t.lower === "ad");
    expect(documentAuthor(doc, tokens, ad)).toBeNull();
    const named = makeDoc("The Ruiz ad aired on Monday.", ACTORS);
    const namedTokens = docTokens(named);
    expect(
      documentAuthor(
        named,
        namedTokens,
        namedTokens.findIndex((t) => t.lower === "ad"),
      ),
    ).toBe("ruiz");
  });
});
