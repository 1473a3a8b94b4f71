import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

const actor = (text: string, name: string) => parseArticle(text).actors.find((a) => a.name === name);

describe("a name and a lower-case institution's noun", () => {
  it("makes a body of a place's name and its council, keeping the place's mention a place", () => {
    const text = "Amina Darvish, of the Kalat Bandar district council, counted the dead.";
    const r = parseArticle(text);
    const council = r.actors.find((a) => a.name === "Kalat Bandar district council");
    expect(council?.kind).toBe("organization");
    expect(r.actors.find((a) => a.name === "Amina Darvish")?.affiliation).toBe(council?.id);
  });

  it("makes a body of a city's hospital, in the city's country", () => {
    const text = "Doctors said reports from Tomsk hospital found nothing.";
    const r = parseArticle(text);
    const hospital = r.actors.find((a) => a.name === "Tomsk hospital");
    expect(hospital?.kind).toBe("organization");
    const place = r.mentions.find((m) => text.slice(m.start, m.end) === "Tomsk" && m.via === "name");
    expect(place?.kind).toBe("location");
  });

  it("joins a movement's bare name and its plural to the movement", () => {
    const text =
      "The raid was claimed by the Kharoub movement. The Kharoubs said more would come. Kharoub leaders agreed.";
    const movement = actor(text, "Kharoub movement");
    expect(movement?.aliases).toEqual(expect.arrayContaining(["Kharoub movement", "Kharoub", "Kharoubs"]));
  });

  it("leaves a noun that only modifies the next one", () => {
    expect(actor("The Tomsk hospital workers went on strike.", "Tomsk hospital")).toBeUndefined();
  });
});
