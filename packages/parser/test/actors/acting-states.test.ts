import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

const actor = (text: string, name: string) => parseArticle(text).actors.find((a) => a.name === name);

describe("states and provinces that act", () => {
  it("makes a state that sues or is sued an organization of its country", () => {
    const text =
      "A complaint filed by Ohio on Tuesday asks the judges to block the rule. Ohio said the rule is unlawful.";
    const ohio = actor(text, "Ohio");
    expect(ohio?.kind).toBe("organization");
    const r = parseArticle(text);
    expect(r.actors.find((a) => a.id === ohio?.affiliation)?.code).toBe("USA");
  });

  it("reads 'the state of X' as the state's government", () => {
    const r = parseArticle("Two tribes brought a lawsuit against the state of Nevada over the new map.");
    expect(r.actors.find((a) => a.name === "Nevada")?.kind).toBe("organization");
  });

  it("keeps a state that only locates, or that an origin names, a place", () => {
    expect(actor("The festival took place in Oregon last week, drawing big crowds.", "Oregon")).toBeUndefined();
    expect(actor("Ranchers from the border state of Arizona joined the march.", "Arizona")).toBeUndefined();
    expect(actor("Arizona's population grew by a tenth.", "Arizona")).toBeUndefined();
  });

  it("gives a person the state whose office their title names", () => {
    const r = parseArticle("Utah Attorney General Leonard Pike said the state would appeal.");
    const pike = r.actors.find((a) => a.name === "Leonard Pike");
    expect(r.actors.find((a) => a.id === pike?.affiliation)?.name).toBe("Utah");
    const r2 = parseArticle("Idaho Secretary of State Maria Okafor certified the count. Okafor said it was final.");
    const okafor = r2.actors.find((a) => a.name === "Maria Okafor");
    expect(okafor?.title).toBe("Idaho Secretary of State");
    expect(r2.actors.find((a) => a.id === okafor?.affiliation)?.name).toBe("Idaho");
  });

  it("takes a state list as a whole, and a country's namesake in it as the state", () => {
    const r = parseArticle(
      "Georgia, Michigan and Ohio sued the agency on Monday. Georgia's president visited Tbilisi.",
    );
    const georgias = r.actors.filter((a) => a.name === "Georgia");
    expect(georgias.map((a) => a.kind).sort()).toEqual(["country", "organization"]);
    expect(r.actors.find((a) => a.name === "Michigan")?.kind).toBe("organization");
  });

  it("leaves a county of a unitary state a place", () => {
    const r = parseArticle(
      "The inquiry was over, Northamptonshire's chief constable said. Northamptonshire police made two arrests.",
    );
    expect(r.actors.find((a) => a.name === "Northamptonshire")).toBeUndefined();
    expect(r.actors.find((a) => a.name === "Northamptonshire police")?.kind).toBe("organization");
  });

  it("keeps a state that only says where a senator or a candidate is from a place, not the speaker", () => {
    const text =
      "Senator Dana Whitlock of Oregon toured a factory on Monday. The Oregon senator said the plant would stay open.";
    const r = parseArticle(text);
    expect(r.actors.find((a) => a.name === "Oregon")).toBeUndefined();
    expect(r.actors.find((a) => a.id === r.claims[0]?.speaker)?.name).toBe("Dana Whitlock");
    const r2 = parseArticle("Voters met on Friday. The former Nevada congressman said taxes were too high.");
    expect(r2.actors.find((a) => a.name === "Nevada")).toBeUndefined();
    expect(r2.claims[0]?.speaker ?? null).toBeNull();
  });

  it("reads a place-qualified role as the person named with that place, not the last holder named", () => {
    const text =
      "Oregon Sen. Dana Whitlock met donors. Senator Omar Brandt spoke later. The Oregon senator said the plant would stay open.";
    const r = parseArticle(text);
    const said = r.mentions.concat(r.references ?? []).find((m) => text.slice(m.start, m.end) === "The Oregon senator");
    expect(r.actors.find((a) => a.id === said?.actor)?.name).toBe("Dana Whitlock");
    // a person the place names with another office is not the one meant
    const t2 = "Former Oregon Gov. Lena Marsh spoke. The Oregon senator said the plant would stay open.";
    const r2 = parseArticle(t2);
    const s2 = r2.mentions.concat(r2.references ?? []).find((m) => t2.slice(m.start, m.end) === "The Oregon senator");
    expect(s2).toBeDefined();
    expect(s2?.actor ?? null).toBeNull();
  });

  it("reads a lawmaker's party-and-state tag as the place a place-qualified role names", () => {
    const actorOf = (text: string, phrase: string) => {
      const r = parseArticle(text);
      const m = r.mentions.concat(r.references ?? []).find((x) => text.slice(x.start, x.end) === phrase);
      return r.actors.find((a) => a.id === m?.actor)?.name ?? null;
    };
    const t1 =
      "Sen. Dana Whitlock (D-Ore.) met donors. Sen. Omar Brandt (R-Texas) spoke later. " +
      "The Oregon senator said the plant would stay open.";
    expect(actorOf(t1, "The Oregon senator")).toBe("Dana Whitlock");
    const t2 =
      "Sen. Omar Brandt (R-Texas) met donors. Rep. Lena Marsh, D-N.Y., spoke later. " +
      "The New York congresswoman said the plant would stay open.";
    expect(actorOf(t2, "The New York congresswoman")).toBe("Lena Marsh");
    // a tag of another state names no one for the place
    const t3 = "Sen. Omar Brandt (R-Texas) met donors. The Oregon senator said the plant would stay open.";
    expect(actorOf(t3, "The Oregon senator")).toBeNull();
  });
});
