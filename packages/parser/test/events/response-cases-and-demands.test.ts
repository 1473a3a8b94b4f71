import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong } from "./make-doc.js";

// Invented sentences for legal acts whose target a case name gives ("A v. B":
// the defendant) and for demands told as a noun ("the farmers' demands", "the
// demands of the farmers"): the owner's demand, on those who govern unless
// someone is named as addressed.
// no WORLD here: its "Biden administration" would be every story's government
const ACTORS: ActorSpec[] = [
  { id: "germany", names: ["Germany"] },
  { id: "tribunal", names: ["the Federal Tribunal", "The Federal Tribunal"], kind: "organization" },
  { id: "novak", names: ["Petra Novak", "Novak"], kind: "person" },
  { id: "acme", names: ["Acme Holdings", "Acme"], kind: "organization" },
  { id: "zorn", names: ["Zorn Media"], kind: "organization" },
  { id: "farmers", names: ["farmers", "Farmers"], kind: "group" },
  { id: "moldova", names: ["Moldova", "government"] },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("case names: the defendant is the target", () => {
  it.each<[string, WantedResponse]>([
    // a case filed or registered against someone is a legal act on them, as a lawsuit filed is
    [
      "Petra Novak filed a criminal case against Acme Holdings on Monday.",
      { type: "legal_action", actor: "novak", targets: ["acme"] },
    ],
    [
      'The Federal Tribunal ruled in the case "Petra Novak v. Acme Holdings" on Monday.',
      { type: "legal_action", actor: "tribunal", targets: ["acme"] },
    ],
    [
      "The Federal Tribunal ruled in Novak vs Acme that the post was unlawful.",
      { type: "legal_action", actor: "tribunal", targets: ["acme"] },
    ],
    [
      "The case, Petra Novak vs. Acme Holdings, began in 2018. Novak sued in Germany for libel.",
      { type: "legal_action", actor: "novak", targets: ["acme"] },
    ],
  ])("%s", (text, want) => expectResponse(responses(text), want));

  it("a suit with no case named still names no one", () => {
    const r = responses("Petra Novak met Acme Holdings in May. Novak sued in Germany for libel.");
    expect(r.filter((x) => x.type === "legal_action").flatMap((x) => x.targets)).toEqual([]);
  });

  it("the defendant's own act keeps its named target", () => {
    const r = responses("The case is Novak v. Acme. Acme sued Zorn Media over the leak.");
    expectResponse(r, { type: "legal_action", actor: "acme", targets: ["zorn"] });
  });
});

describe("demands told as a noun", () => {
  it.each<[string, WantedResponse]>([
    [
      "Moldova cut subsidies in May. Since then the farmers' demands have grown to a full repeal of the tax.",
      { type: "demand", actor: "farmers", targets: ["moldova"] },
    ],
    [
      "Moldova cut subsidies in May. A repeal was one of the four demands of the farmers, who have blocked roads since.",
      { type: "demand", actor: "farmers", targets: ["moldova"] },
    ],
    [
      "The farmers' demands on Acme Holdings include higher prices.",
      { type: "demand", actor: "farmers", targets: ["acme"] },
    ],
  ])("%s", (text, want) => expectResponse(responses(text), want));

  it("demands of no one named tell no demand", () => {
    const r = responses("Moldova cut subsidies in May. The demands of the job grew.");
    expect(r.filter((x) => x.type === "demand")).toEqual([]);
  });

  it("a verb 'demands' keeps its subject and object", () => {
    const r = responses("Moldova demands the release of Petra Novak.");
    expectResponse(r, { type: "demand", actor: "moldova", targets: ["novak"] });
  });
});

describe("acts on someone's act named by 'its' / 'their'", () => {
  it.each<[string, WantedResponse]>([
    [
      "For months Acme Holdings had tried to buy Zorn Media. The Federal Tribunal ruled against its bid in June.",
      { type: "legal_action", actor: "tribunal", targets: ["acme"] },
    ],
    [
      "Acme Holdings said the Federal Tribunal ruled against its appeal.",
      { type: "legal_action", actor: "tribunal", targets: ["acme"] },
    ],
    [
      "The farmers asked for a tax cut. Moldova rejected their request on Friday.",
      { type: "reject", actor: "moldova", targets: ["farmers"] },
    ],
  ])("%s", (text, want) => expectResponse(responses(text), want));

  it("the actor's own paper is no target", () => {
    const r = responses("Petra Novak met the press. Acme Holdings filed its appeal on Monday.");
    expect(r.filter((x) => x.type === "legal_action").flatMap((x) => x.targets)).not.toContain("acme");
  });
});

describe("asking someone with a long name or a relative clause", () => {
  it.each<[string, WantedResponse]>([
    [
      "The farmers had asked Agriculture Minister Petra Novak, who took office in May, to resign.",
      { type: "demand", actor: "farmers", targets: ["novak"] },
    ],
    [
      // the firm before the capitalised title is the person's own: she is the one asked
      "The farmers asked Acme Holdings Chief Executive Petra Novak to raise prices.",
      { type: "demand", actor: "farmers", targets: ["novak"] },
    ],
  ])("%s", (text, want) => expectResponse(responses(text), want));

  it("a question asked of someone is no demand", () => {
    const r = responses("Zorn Media asked Petra Novak how the tax is linked to the prices.");
    expect(r.filter((x) => x.type === "demand")).toEqual([]);
  });
});
