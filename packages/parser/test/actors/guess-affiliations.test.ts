import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories: a name nothing ties to a state is shown as the story's state's.
function affiliationOf(text: string, name: string): string | null {
  const { actors } = parseArticle(text);
  const actor = actors.find((a) => a.name === name);
  return actors.find((a) => a.id === actor?.affiliation)?.name ?? null;
}

describe("guessed affiliations", () => {
  const story =
    "Norway will close the Bergen ferry line, Norway's transport office said. Norway has run the line since 1960. " +
    "Norway said the line lost money. The crews were told on Monday. " +
    "Ola Dahl, a ferry captain, said the crews were angry. The World Health Organization said nothing.";

  it("gives a person nothing ties to a state the state the story is clearly about", () => {
    expect(affiliationOf(story, "Ola Dahl")).toBe("Norway");
  });

  it("gives a group nothing ties to a state the state the story is clearly about", () => {
    const text = `${story} Protesters blocked the harbour road on Tuesday.`;
    expect(affiliationOf(text, "protesters")).toBe("Norway");
  });

  it("leaves an international body unaffiliated", () => {
    expect(affiliationOf(story, "World Health Organization")).toBeNull();
  });

  it("guesses nothing when no state stands out", () => {
    const text =
      "Norway and Sweden will talk. Sweden and Norway agreed to meet in June. The talks will last a week. " +
      "Later, Ola Dahl said the talks would go well.";
    expect(affiliationOf(text, "Ola Dahl")).toBeNull();
  });
});
