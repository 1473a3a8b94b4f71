import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// People a request, an order or a ban falls on as a body ("called on drivers to", "banned
// children from") are its participants, made groups on that guess and kept only when an item names them.
describe("groups a request or a ban falls on", () => {
  it("makes the object of 'called on ... to' a group and the demand's target", () => {
    const text = "Chilean police on Monday called on drivers to slow down near schools.";
    const parsed = parseArticle(text);
    const drivers = parsed.actors.find((a) => a.name === "drivers");
    expect(drivers?.kind).toBe("group");
    expect(parsed.responses.some((r) => r.type === "demand" && r.targets.includes(drivers?.id ?? ""))).toBe(true);
  });

  it("keeps a group's modifiers in its name ('urged elderly people')", () => {
    const text = "The Peruvian health ministry urged elderly people to stay at home during the heatwave.";
    const parsed = parseArticle(text);
    const group = parsed.actors.find((a) => a.name === "elderly people");
    expect(parsed.responses.some((r) => r.type === "demand" && r.targets.includes(group?.id ?? ""))).toBe(true);
  });

  it("makes the object of a ban 'from' a group", () => {
    const text = "The Chilean government on Friday banned children from public swimming pools.";
    const parsed = parseArticle(text);
    const children = parsed.actors.find((a) => a.name === "children");
    expect(parsed.responses.some((r) => r.type === "sanction" && r.targets.includes(children?.id ?? ""))).toBe(true);
  });

  it("makes no group of people only told of ('told reporters that')", () => {
    const text = "The Chilean minister told reporters that the roads were safe, and asked whether drivers knew it.";
    const parsed = parseArticle(text);
    expect(parsed.actors.some((a) => a.name === "reporters" || a.name === "drivers")).toBe(false);
  });

  it("drops a group no item names", () => {
    const text = "Teachers in the old story were said to have told pupils to read more.";
    const parsed = parseArticle(text);
    expect(parsed.actors.some((a) => a.name === "pupils")).toBe(false);
  });
  it("reads a request for what not to do as one ('urged people not to')", () => {
    const text = "Police in Valdora urged people not to share videos of the fire.";
    const parsed = parseArticle(text);
    const people = parsed.actors.find((a) => a.name === "people");
    expect(parsed.responses.some((r) => r.type === "demand" && r.targets.includes(people?.id ?? ""))).toBe(true);
  });

  it("makes groups of parties, firms and states asked as a body ('called on tech companies to')", () => {
    const text =
      "Senator Mara Olsen called on tech companies to remove the posts. The Harlow Voters League urged states to delay the vote.";
    const parsed = parseArticle(text);
    const firms = parsed.actors.find((a) => a.name === "tech companies");
    const states = parsed.actors.find((a) => a.name === "states");
    expect(parsed.responses.some((r) => r.type === "demand" && r.targets.includes(firms?.id ?? ""))).toBe(true);
    expect(parsed.responses.some((r) => r.type === "demand" && r.targets.includes(states?.id ?? ""))).toBe(true);
  });

  it("reads the object of 'pressed' and of a bare 'ask' as asked ('pressed lenders to')", () => {
    const text = "Governor Ana Ruiz pressed lenders to freeze foreclosures. We ask conservatives to vote, Ruiz said.";
    const parsed = parseArticle(text);
    const lenders = parsed.actors.find((a) => a.name === "lenders");
    expect(parsed.responses.some((r) => r.type === "demand" && r.targets.includes(lenders?.id ?? ""))).toBe(true);
  });
});
