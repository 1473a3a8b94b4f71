import { describe, expect, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { recoveredMentions } from "../../src/events/recovered-mentions.js";
import { makeDoc, WORLD } from "./make-doc.js";

// invented stories: a person once called by a bare office title ("the President"
// in a historical aside) keeps that title as an alias; it must not claim the
// title's other uses in the story
const ACTORS = [
  ...WORLD,
  { id: "hale", names: ["President Tom Hale", "Tom Hale"], kind: "person" as const },
  { id: "costa", names: ["Ana Costa", "Costa"], kind: "person" as const },
];

function docWithTitleAlias(text: string) {
  const doc = makeDoc(text, ACTORS);
  // aliases learnt after the entity stage marked the text: only the recovery can read them
  for (const a of doc.actors)
    if (a.id === "hale") a.aliases = [...a.aliases, "Hale", "President", "the Prime Minister"];
  return doc;
}

function recovered(text: string) {
  const doc = docWithTitleAlias(text);
  const named = doc.mentions.filter((m): m is typeof m & { actor: string } => !!m.actor);
  return recoveredMentions(doc, named).map((m) => [doc.text.slice(m.start, m.end), m.actor]);
}

describe("recovered mentions", () => {
  it("reads an actor's own name where the entity stage left it unmarked", () => {
    expect(recovered("President Tom Hale spoke on Monday. Ana Costa said Hale was wrong.")).toEqual([["Hale", "hale"]]);
  });

  it("does not read a bare office title as the one person it was once used for", () => {
    const found = recovered(
      "In 1950 President Tom Hale proposed a bill. Ana Costa said the President should act. The Prime Minister agreed.",
    );
    expect(found.filter(([, id]) => id === "hale")).toEqual([]);
  });

  it("gives no act on 'the President' to a past president the story named in an aside", () => {
    const doc = docWithTitleAlias(
      "In 1950 President Tom Hale proposed a bill. Ana Costa on Monday called on the President to resign.",
    );
    findResponses(doc);
    expect(doc.responses.filter((r) => r.targets.includes("hale"))).toEqual([]);
  });
});
