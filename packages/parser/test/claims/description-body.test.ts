import { describe, expect, it } from "vitest";
import { type ActorSpec, claimsAmong } from "./hand-built-doc.js";

// invented sentences: a description ("the company", "a spokesperson") stands for the closest body
// that could have spoken, not for a platform something was posted on or an outlet that reported it
const ACTORS: ActorSpec[] = [
  { id: "acme", kind: "organization", names: ["Acme Foods"] },
  { id: "twitter", kind: "organization", names: ["Twitter"] },
  { id: "tribune", kind: "media", names: ["Harbor Tribune"] },
];

const speakerOf = (text: string, content: string) =>
  claimsAmong(text, ACTORS).find((c) => c.content.startsWith(content))?.speaker;

describe("the body a description stands for", () => {
  it("passes over a platform something was posted on", () => {
    const text =
      "Acme Foods closed its plant in Velmora on Monday. Photos of the gates were posted on Twitter by a driver. The company said the plant had lost money for years.";
    expect(speakerOf(text, "the plant had lost money")).toBe("acme");
  });

  it("passes over a news outlet that only reported the story, unless the description names an outlet", () => {
    const text =
      "Acme Foods will close its plant in Velmora, the Harbor Tribune reported. A spokesperson said the plant had lost money for years. The newspaper said the closure would cost 300 jobs.";
    expect(speakerOf(text, "the plant had lost money")).toBe("acme");
    expect(speakerOf(text, "the closure would cost")).toBe("tribune");
    const board =
      "Acme Foods will close its plant in Velmora, the Harbor Tribune reported. The paper's editorial board said the closure was a disgrace.";
    expect(speakerOf(board, "the closure was a disgrace")).toBe("tribune");
  });
});
