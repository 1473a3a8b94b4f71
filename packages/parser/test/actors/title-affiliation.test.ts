import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a person's affiliation from the words of their title.
const affiliationOf = (text: string, name: string) => {
  const r = parseArticle(text);
  const actor = r.actors.find((a) => a.name === name);
  return r.actors.find((a) => a.id === actor?.affiliation)?.name ?? null;
};

describe("affiliation from a title", () => {
  it("gives a person the body whose name opens their title", () => {
    const text =
      "Regulators shut Lumen Broadcasting on Monday. Lumen Broadcasting CEO Dara Okoye apologised on Tuesday.";
    expect(affiliationOf(text, "Dara Okoye")).toBe("Lumen Broadcasting");
  });

  it("gives a person the body named inside their title, right before its head word", () => {
    const text =
      "Norway said the street was closed. The police sealed the street. " +
      "Bergen's police chief Lena Fox said repairs would start. Norway said the work would last a week.";
    expect(affiliationOf(text, "Lena Fox")).toBe("Norwegian police");
  });

  it("gives a state office holder the state the article is clearly about", () => {
    const text =
      "Kenya shut the station on Monday. Kenya's regulator said Kenya would not back down, " +
      "and Kenyan viewers protested. The talks had lasted a week. Solicitor General Amos Wekesa filed a petition on Friday.";
    expect(affiliationOf(text, "Amos Wekesa")).toBe("Kenya");
  });

  it("gives a state office holder no state when two are named about as often", () => {
    const text =
      "Kenya and Uganda signed a pact. Kenya and Uganda hailed it. The talks had lasted a week. " +
      "Solicitor General Amos Wekesa filed a petition on Friday.";
    expect(affiliationOf(text, "Amos Wekesa")).toBeNull();
  });
});

describe("affiliation of a national body", () => {
  it("gives a 'National ...' body no list holds the state the article is clearly about", () => {
    const text =
      "Kenya shut the station on Monday. Kenya's regulator said Kenya would not back down. " +
      "The talks had lasted a week. The National Broadcasting Board issued the order.";
    expect(affiliationOf(text, "National Broadcasting Board")).toBe("Kenya");
  });
});

describe("affiliation from a possessive or membership", () => {
  it("gives a person the outlet whose possessive stands before their name", () => {
    const text = "Drones hit the plant in Yemen. Northwave Media's Dana Reyes said questions remain.";
    expect(affiliationOf(text, "Dana Reyes")).toBe("Northwave Media");
  });

  it("gives a group of senators the Senate the article names", () => {
    const r = parseArticle(
      "Kenya shut the station. The Senate held a hearing. A number of Senators condemned the order.",
    );
    const group = r.actors.find((a) => a.kind === "group" && a.aliases.includes("Senators"));
    expect(r.actors.find((a) => a.id === group?.affiliation)?.name).toBe("Senate");
  });
});

describe("a title in apposition", () => {
  it("gives the person before it the title and the body its 'of' names", () => {
    const r = parseArticle("On Monday, Maria Ostrova, the President of the National Assembly, opened the session.");
    const p = r.actors.find((a) => a.name === "Maria Ostrova");
    expect(p?.title).toBe("President of the National Assembly");
    expect(r.actors.find((a) => a.id === p?.affiliation)?.name).toBe("National Assembly");
  });

  it("gives a bare appositive title but no body", () => {
    const r = parseArticle("Later, Piotr Walenta, the Minister, left the room.");
    expect(r.actors.find((a) => a.name === "Piotr Walenta")?.title).toBe("Minister");
  });
});

describe("affiliations from the story's bodies and outlets", () => {
  it("gives a state office with no country the state whose named bodies the story is about", () => {
    const text =
      "The Federal Bureau of Investigation and the Department of Homeland Security briefed the Senate on Tuesday. " +
      "President Ralph Okonkwo-Brandt said the review was over. Talks with Ukraine and Russia went on.";
    const r = parseArticle(text);
    const pres = r.actors.find((a) => a.name === "Ralph Okonkwo-Brandt");
    expect(r.actors.find((a) => a.id === pres?.affiliation)?.code).toBe("USA");
  });

  it("gives a national outlet its country when that country takes part", () => {
    const r = parseArticle("Germany closed its border on Monday, CNN reported. Germany said the move was temporary.");
    const cnn = r.actors.find((a) => a.name === "CNN");
    expect(r.actors.find((a) => a.id === cnn?.affiliation)).toBeUndefined();
    const r2 = parseArticle("The United States closed its border on Monday, CNN reported.");
    const cnn2 = r2.actors.find((a) => a.name === "CNN");
    expect(r2.actors.find((a) => a.id === cnn2?.affiliation)?.code).toBe("USA");
  });
});

describe("a party's adjective and a committee inside a title", () => {
  it("reads an appositive title a party's adjective opens", () => {
    const text = "Ravi Mehta, the Democratic chairman of the Senate, set the date on Monday. The Senate met.";
    expect(affiliationOf(text, "Ravi Mehta")).toBe("Senate");
  });

  it("keeps a committee of a known body whole and gives it to its chair", () => {
    const r = parseArticle(
      "Oona Park, the chairwoman of the House Energy Committee, opened the hearing. The Energy Committee will vote on Friday.",
    );
    const committee = r.actors.find((a) => a.name === "House Energy Committee");
    expect(committee?.aliases).toContain("Energy Committee");
    expect(r.actors.find((a) => a.name === "Oona Park")?.affiliation).toBe(committee?.id);
    expect(r.actors.map((a) => a.name)).not.toContain("Energy Committee");
  });
});

describe("a member's title and a title shared by a list", () => {
  it("gives a member the body their title's member word sits in", () => {
    const text = "The Senate passed the bill on Friday. Senator Mara Quist said it would help farmers.";
    expect(affiliationOf(text, "Mara Quist")).toBe("Senate");
  });

  it("gives every person of a list the plural title before it", () => {
    const r = parseArticle(
      "The House of Representatives met on Friday. Representatives Ilse Brandt, Omar Vey, and Tessa Moor signed the letter.",
    );
    for (const name of ["Ilse Brandt", "Omar Vey", "Tessa Moor"]) {
      const actor = r.actors.find((a) => a.name === name);
      expect(actor?.title).toBe("Representatives");
      expect(r.actors.find((a) => a.id === actor?.affiliation)?.name).toBe("House of Representatives");
    }
  });
});

describe("the district a title is for", () => {
  it("reads the district after 'Attorney for the' as the title's place, not its holder", () => {
    const r = parseArticle(
      "The inquiry is led by prosecutor Dana Lutz, the U.S. Attorney for the Eastern District of Ohio. Lutz said the case was strong.",
    );
    expect(r.actors.some((a) => a.name.includes("District"))).toBe(false);
    const lutz = r.actors.find((a) => a.name === "Dana Lutz");
    expect(lutz?.title).toContain("Eastern District of Ohio");
    expect(r.actors.find((a) => a.id === lutz?.affiliation)?.name).toBe("United States");
  });
});
