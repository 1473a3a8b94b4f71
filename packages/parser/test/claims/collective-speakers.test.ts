import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: an unnamed collective that is the subject of a reporting cue speaks, as a
// group of its own or, for officials of no named office, as the article's state.
const speakerOf = (text: string, source: string) => {
  const r = parseArticle(text);
  const claim = r.claims.find((c) => c.source && r.text.slice(c.source.start, c.source.end) === source);
  const actor = r.actors.find((a) => a.id === claim?.speaker);
  return actor ? { kind: actor.kind, name: actor.name, affiliation: actor.affiliation } : null;
};

describe("collective speakers", () => {
  it.each([
    ["A storm flattened the harbour town overnight. Neighbours told the radio that the sea rose fast.", "Neighbours"],
    ["A storm flattened the harbour town overnight. Neighbors said the sea rose fast.", "Neighbors"],
    ["A bus overturned on the mountain road. Bystanders said the driver had swerved.", "Bystanders"],
    ["The flood reached the valley on Friday. Aid agencies say the camps are full.", "Aid agencies"],
    ["Ann Roe left the harbour town in May. Friends say she moved to Velmar for good.", "Friends"],
    ["The vote on the harbour closed on Friday. Many pollsters said the count was close.", "Many pollsters"],
  ])("gives the claim in «%s» its collective speaker", (text, source) => {
    expect(speakerOf(text, source)).toMatchObject({ kind: "group" });
  });

  it("makes former prosecutors a group, not the prosecutors' office", () => {
    const text = "Ann Roe was charged on Monday. Former prosecutors said the case would take a year.";
    expect(speakerOf(text, "Former prosecutors")).toMatchObject({ kind: "group", name: "former prosecutors" });
  });

  it("reads officials of an unnamed state office as the article's state", () => {
    const text =
      "The Norwegian government opened an inquiry on Monday. Intelligence officials warned the ministers last year that the port was exposed.";
    expect(speakerOf(text, "Intelligence officials")).toMatchObject({ kind: "country", name: "Norway" });
    const lower =
      "The Norwegian government opened an inquiry on Monday. On Tuesday, military officials said the port was exposed.";
    expect(speakerOf(lower, "military officials")).toMatchObject({ kind: "country", name: "Norway" });
  });

  it("leaves a collective that is no reporting cue's subject out", () => {
    const r = parseArticle("A bus overturned on the mountain road in front of bystanders on the bank.");
    expect(r.actors.some((a) => a.kind === "group")).toBe(false);
  });

  it("makes a state's outlets a media actor of that state, named or not", () => {
    const text =
      "A ferry capsized on a lake in Peru on Sunday. Peruvian state media reported that the crew was rescued. According to state television, the ferry carried 80 passengers.";
    expect(speakerOf(text, "Peruvian state media")).toMatchObject({
      kind: "media",
      name: "Peruvian state media",
      affiliation: "peru",
    });
    expect(speakerOf(text, "state television")).toMatchObject({ kind: "media", affiliation: "peru" });
  });
  it.each([
    [
      "Ann Roe lost the vote on Sunday. Supporters of Ann Roe said the count was rigged.",
      "Supporters of Ann Roe",
      "supporters",
    ],
    [
      "Tom Lee fell ill on a flight. Associates of Lee alleged that he drank poisoned tea.",
      "Associates of Lee",
      "associates",
    ],
    [
      "Ann Roe was searched at the border. Lawyers for Roe argued that the search was illegal.",
      "Lawyers for Roe",
      "lawyers",
    ],
  ])("«%s»: a collective 'of' or 'for' someone speaks, not the one it belongs to", (text, source, name) => {
    expect(speakerOf(text, source)).toMatchObject({ kind: "group", name });
  });

  it("'Relatives of the boy attended': a collective with an owner that does not speak stays no one", () => {
    const r = parseArticle("The ship was renamed on Sunday. Relatives of the boy attended the ceremony.");
    expect(r.actors.filter((a) => a.kind === "group")).toEqual([]);
  });
});
