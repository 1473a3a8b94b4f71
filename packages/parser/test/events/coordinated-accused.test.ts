import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents } from "./make-doc.js";

// invented sentences: a wrong whose subject is a list accuses every member of it
const ACTORS = [
  { id: "hale", names: ["Nora Hale", "Hale"], kind: "person" as const },
  { id: "vance", names: ["Peter Vance", "Vance"], kind: "person" as const },
  { id: "moss", names: ["Liam Moss", "Moss"], kind: "person" as const },
  { id: "orrin", names: ["Orrin Trust"], kind: "organization" as const },
  { id: "kell", names: ["Kell Mining"], kind: "organization" as const },
];

const run = (text: string) => parseClaimsAndEvents(text, ACTORS);
const accused = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${[...a.accused].sort().join("+")}`);

describe("coordinated accused", () => {
  it("reported speech: X and Y had lied", () => {
    expect(accused("Nora Hale said Peter Vance and Liam Moss had lied to the council.")).toEqual(["hale>moss+vance"]);
  });
  it("reported speech: X, Y and Z", () => {
    expect(accused("Nora Hale said Peter Vance, Liam Moss and Kell Mining bribed officials.")).toEqual([
      "hale>kell+moss+vance",
    ]);
  });
  it("reported speech: both X and Y", () => {
    expect(accused("Nora Hale said that both Orrin Trust and Kell Mining had defrauded investors.")).toEqual([
      "hale>kell+orrin",
    ]);
  });
  it("accused X and Y of", () => {
    expect(accused("Nora Hale accused Peter Vance and Liam Moss of fraud.")).toEqual(["hale>moss+vance"]);
  });
  it("passive with an agent: X and Y were accused ... by Z", () => {
    expect(accused("Peter Vance and Liam Moss were accused of fraud by Nora Hale.")).toEqual(["hale>moss+vance"]);
  });
  it("joined passive: the first clause's subject, not its object's name", () => {
    expect(accused("Liam Moss is already under Kell Mining sanctions, and was condemned by Nora Hale.")).toEqual([
      "hale>moss",
    ]);
  });
  it("joined passive with a perfect: X sued Y, and has since been condemned by Z", () => {
    expect(accused("Peter Vance sued Orrin Trust, and has since been condemned by Nora Hale.")).toEqual(["hale>vance"]);
  });
  it("keeps a name before a preposition out of the list", () => {
    expect(accused("Nora Hale said that in Kell Mining, Liam Moss had lied.")).toEqual(["hale>moss"]);
  });
  it("keeps adjacent names without a conjunction apart", () => {
    expect(accused("Nora Hale said the Orrin Trust Kell Mining board had lied.")).not.toContain("hale>kell+orrin");
  });
  it("keeps a victim out: X attacked Y", () => {
    expect(accused("Nora Hale said Peter Vance and Liam Moss attacked Kell Mining.")).toEqual(["hale>moss+vance"]);
  });
});
