import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong } from "./make-doc.js";

// Invented sentences for acts on another's paper or act: a court dismissing,
// striking down, blocking or upholding it, and refusals or defiance of a
// ruling, an order or a demand. The target is the one the paper belongs to or
// is about: a possessor, the name after "by" (with or without a participle),
// or after "of" / "from" / "against".
const ACTORS: ActorSpec[] = [
  { id: "germany", names: ["Germany"] },
  { id: "moldova", names: ["Moldova"] },
  {
    id: "tribunal",
    names: ["the Federal Tribunal", "The Federal Tribunal", "the tribunal"],
    kind: "organization",
  },
  { id: "novak", names: ["Petra Novak", "Novak"], kind: "person" },
  { id: "acme", names: ["Acme Holdings", "Acme"], kind: "organization" },
  { id: "union", names: ["the Miners Union", "The Miners Union"], kind: "organization" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("a court's act on a paper is aimed at its owner", () => {
  it.each<[string, WantedResponse]>([
    [
      "The Federal Tribunal dismissed the lawsuit filed by Acme Holdings.",
      { type: "legal_action", actor: "tribunal", targets: ["acme"] },
    ],
    [
      "The Federal Tribunal dismissed Acme's lawsuit against Moldova.",
      { type: "legal_action", actor: "tribunal", targets: ["acme"] },
    ],
    [
      "The Federal Tribunal threw out the case against Petra Novak.",
      { type: "legal_action", actor: "tribunal", targets: ["novak"] },
    ],
    [
      "The Federal Tribunal struck down the law passed by Moldova.",
      { type: "legal_action", actor: "tribunal", targets: ["moldova"] },
    ],
    [
      "The Federal Tribunal blocked Moldova's decree on Monday.",
      { type: "legal_action", actor: "tribunal", targets: ["moldova"] },
    ],
    [
      "The Federal Tribunal upheld the conviction of Petra Novak.",
      { type: "legal_action", actor: "tribunal", targets: ["novak"] },
    ],
    [
      "The Federal Tribunal overturned the ban imposed by Moldova.",
      { type: "legal_action", actor: "tribunal", targets: ["moldova"] },
    ],
    [
      "The Miners Union took Moldova to court over the closures.",
      { type: "legal_action", actor: "union", targets: ["moldova"] },
    ],
  ])("%s", (text, want) => expectResponse(responses(text), want));

  it("'rejected a petition filed by X' is the rejection, not the petition", () => {
    const r = responses("The Federal Tribunal rejected a petition filed by the Miners Union.");
    expectResponse(r, { type: "reject", actor: "tribunal", targets: ["union"] });
    expect(r.filter((x) => x.type === "legal_action")).toEqual([]);
  });

  it("a court that blocks a merger still rejects, not rules", () => {
    const r = responses("Moldova blocked the merger of Acme Holdings.");
    expect(r.map((x) => x.type)).not.toContain("legal_action");
  });
});

describe("refusals and defiance of another's paper", () => {
  it.each<[string, WantedResponse]>([
    [
      "The Federal Tribunal rejected the appeal by Acme Holdings.",
      { type: "reject", actor: "tribunal", targets: ["acme"] },
    ],
    ["Moldova refused Germany's demand.", { type: "reject", actor: "moldova", targets: ["germany"] }],
    [
      "Moldova ignored the ruling of the Federal Tribunal.",
      { type: "reject", actor: "moldova", targets: ["tribunal"] },
    ],
    [
      "Moldova has refused to comply with the ruling of the Federal Tribunal.",
      { type: "reject", actor: "moldova", targets: ["tribunal"] },
    ],
    [
      "The Federal Tribunal declined to hear the appeal by Acme Holdings.",
      { type: "reject", actor: "tribunal", targets: ["acme"] },
    ],
  ])("%s", (text, want) => expectResponse(responses(text), want));

  it("one's own paper is no target", () => {
    const r = responses("Acme Holdings dismissed its own lawsuit against Petra Novak.");
    expect(r.flatMap((x) => x.targets)).not.toContain("acme");
  });
});

describe("pressing someone for something", () => {
  it("'pressed X for answers' is a demand on X", () => {
    expectResponse(responses("Germany pressed Moldova for answers."), {
      type: "demand",
      actor: "germany",
      targets: ["moldova"],
    });
  });
  it("'pressed for answers' names no one asked", () => {
    expect(responses("Germany pressed for answers.").filter((x) => x.type === "demand")).toEqual([]);
  });
});

describe("a refusal answers whoever asked for what is refused", () => {
  it("'refused to hand over the documents' after subpoenas for documents", () => {
    const r = responses(
      "The Federal Tribunal issued subpoenas for documents from Acme Holdings. Acme Holdings, however, refused to hand over the documents.",
    );
    expectResponse(r, { type: "reject", actor: "acme", targets: ["tribunal"] });
  });

  it("one who asked for the documents without naming anyone is answered too", () => {
    const r = responses(
      "The Miners Union asked for documents about the mine. Acme Holdings refused to hand over the documents.",
    );
    expectResponse(r, { type: "reject", actor: "acme", targets: ["union"] });
  });

  it("a request for something else is not answered", () => {
    const r = responses(
      "The Miners Union asked for documents about the mine. Acme Holdings refused to hand over the keys.",
    );
    expect(r.filter((x) => x.type === "reject").flatMap((x) => x.targets)).not.toContain("union");
  });
});
