import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a body that investigates, named right before an inquiry's noun ("an FBI
// investigation into X", "the Senate committee probe of Y"), is the inquiry's doer; another name
// there ("the Acme Foundation probe") is the inquiry's topic, not its doer; "its investigation" is the
// subject's when the subject is such a body; one asked for ("requested an FBI
// investigation of X") is not made.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "bureau", names: ["the Federal Bureau of Investigation", "FBI"], kind: "organization" },
  { id: "committee", names: ["the Ethics Committee", "Ethics Committee"], kind: "organization" },
  { id: "foundation", names: ["the Acme Foundation", "Acme Foundation"], kind: "organization" },
  { id: "baker", names: ["Tom Baker", "Baker"], kind: "person" },
  { id: "lind", names: ["Maja Lind", "Lind"], kind: "person" },
  { id: "police", names: ["Polish police", "police"], kind: "organization", affiliation: "poland" },
];

const inquiries = (text: string) => responsesAmong(text, ACTORS).filter((r) => r.type === "investigate");

describe("an inquiry named after the body that makes it", () => {
  it("is the body's inquiry into the one it names", () => {
    expectResponse(
      inquiries("Tom Baker spoke on Monday about the ongoing FBI investigation into Maja Lind's finances."),
      {
        type: "investigate",
        actor: "bureau",
        targets: ["lind"],
      },
    );
    expectResponse(inquiries("Maja Lind was questioned in an Ethics Committee probe of Tom Baker last year."), {
      type: "investigate",
      actor: "committee",
      targets: ["baker"],
    });
  });

  it("is, owned by its or their, the inquiry of the subject when that is a body that investigates", () => {
    expectResponse(inquiries("The FBI is continuing its investigation of Maja Lind."), {
      type: "investigate",
      actor: "bureau",
      targets: ["lind"],
    });
    expect(inquiries("Tom Baker defended his probe of Maja Lind.")).toEqual([]);
    expect(inquiries("The Acme Foundation closed its inquiry into Maja Lind.")).toEqual([]);
  });

  it("reads no inquiry made in one asked for", () => {
    expect(inquiries("Tom Baker requested yet another FBI investigation of Maja Lind.")).toEqual([]);
    expect(inquiries("Tom Baker has called for an Ethics Committee probe into Maja Lind.")).toEqual([]);
  });

  it("reads one 'under' an inquiry as its subject, made by the body named inside it", () => {
    expectResponse(inquiries("Tom Baker is currently under police investigation in Warsaw."), {
      type: "investigate",
      actor: "police",
      targets: ["baker"],
    });
    expectResponse(inquiries("Maja Lind has been under FBI investigation since May."), {
      type: "investigate",
      actor: "bureau",
      targets: ["lind"],
    });
    // no body named: no doer is guessed
    expect(inquiries("Tom Baker is under investigation.")).toEqual([]);
  });

  it("reads no doer in a name that is the inquiry's topic", () => {
    expect(inquiries("Tom Baker spoke on Monday about the Acme Foundation probe into its donors.")).toEqual([]);
  });

  it("ends an inquiry's object list where a new clause opens, so a second inquiry told there is read", () => {
    const found = inquiries(
      "The FBI opened an inquiry into Tom Baker in May. In addition to the ongoing email investigation by the FBI, we now know that the FBI is also investigating the Acme Foundation.",
    );
    expect(found.some((r) => r.actor === "bureau" && r.targets.includes("foundation"))).toBe(true);
  });
});
