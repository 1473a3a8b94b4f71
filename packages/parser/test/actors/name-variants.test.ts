import { describe, expect, it } from "vitest";
import { foldName } from "../../src/entities/fold-name.js";
import { parseArticle } from "../../src/index.js";

const actorsNamed = (text: string, name: string) =>
  parseArticle(text).actors.filter((a) => a.aliases.some((al) => al.includes(name)));

describe("name variants of one person", () => {
  it("names a person also with the one-word title set before the name", () => {
    const found = actorsNamed("Pope Clement met the envoys. Later Clement said the talks went well.", "Clement");
    expect(found).toHaveLength(1);
    expect(found[0]?.aliases).toEqual(expect.arrayContaining(["Clement", "Pope Clement"]));
  });

  it("folds accents away for comparison", () => {
    expect(foldName("Erdoğan")).toBe("Erdogan");
    expect(foldName("Vázquez Garced")).toBe("Vazquez Garced");
    expect(foldName("Wałęsa")).toBe("Walesa");
    expect(foldName("Smith")).toBe("Smith");
  });

  it("joins a surname written without its accents to the full name", () => {
    const text =
      "Prime Minister Józef Kowalczýk opened the new bridge on Monday. Critics said Kowalczyk had ignored the engineers.";
    const found = actorsNamed(text, "Kowalcz");
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe("person");
  });

  it("joins a two-word surname to the full name that holds it", () => {
    const text =
      "Senate President Marta Ruiz Delgado called the vote illegal. Ruiz Delgado said the chamber would appeal on Friday.";
    const found = actorsNamed(text, "Ruiz Delgado");
    expect(found).toHaveLength(1);
    expect(found[0]?.aliases).toEqual(expect.arrayContaining(["Marta Ruiz Delgado", "Ruiz Delgado"]));
  });

  it("joins a short and a long form of a name that both hold the same words", () => {
    const text =
      "Governor Tomas Berrizbeitia took office on Sunday. The ruling names him as Tomas J. Berrizbeitia Olmos, " +
      "and his lawyers said Berrizbeitia Olmos would respect it.";
    const found = actorsNamed(text, "Berrizbeitia");
    expect(found).toHaveLength(1);
  });

  it("keeps two people apart when a shorter name fits both", () => {
    const text =
      "Anna Maria Kessler met Anna Louise Kessler in Bonn. Later Anna Kessler spoke to reporters about the plan.";
    const r = parseArticle(text);
    const ids = new Set(r.actors.filter((a) => a.kind === "person").map((a) => a.id));
    expect(ids.size).toBeGreaterThanOrEqual(2);
  });
});

describe("an organization's acronym without brackets", () => {
  it("joins an acronym spelling a longer name's capitals to that name", () => {
    const found = actorsNamed(
      "The National Maritime Safety Board opened an inquiry on Monday. The NMSB said it would report in May.",
      "NMSB",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.name).toBe("National Maritime Safety Board");
  });
  it("joins an acronym spelling only the tail after a place", () => {
    const found = actorsNamed(
      "The Dunmore National Institute of Soil Research issued a study. The NISR said yields would fall.",
      "NISR",
    );
    expect(found[0]?.aliases).toContain("Dunmore National Institute of Soil Research");
  });

  it("reads a surname typed as a body as the person the story names in full, not a body named after them", () => {
    const text =
      "Dana Whitlock opened Whitlock Academy in 2004. Whitlock said the academy would stay open. A spokeswoman for Whitlock declined to comment.";
    const r = parseArticle(text);
    const said = r.actors.find((a) => a.id === r.claims[0]?.speaker);
    expect(said?.name).toBe("Dana Whitlock");
    expect(said?.kind).toBe("person");
    expect(r.actors.filter((a) => a.name === "Whitlock")).toHaveLength(0);
  });

  it("keeps a known outlet's name an outlet beside a person of that surname", () => {
    const r = parseArticle("Michael Bloomberg said he would run. Bloomberg reported the poll on Monday.");
    expect(r.actors.find((a) => a.name === "Bloomberg")?.kind).toBe("media");
  });
});
