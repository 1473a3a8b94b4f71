import type { Doc } from "../doc.js";
import { mainCountry } from "./prosecuting-state.js";
import { APPOINTEES } from "./response-lexicon.js";

// "Trump called for a special prosecutor": a prosecutor or a counsel asked for is asked of whoever
// appoints one, and the story seldom names it in the call's sentence. A state appoints them through
// its justice body ("the Justice Department", "the Attorney General's office"); a story that names
// none is asked of its state, the country it names most.

/** Who is asked to appoint a prosecutor or a counsel the actor calls for: the story's justice body, else its main country. */
export function appointingBody(doc: Doc, actor: string): string | null {
  const justice = doc.actors.find(
    (a) =>
      a.id !== actor &&
      a.kind !== "person" &&
      a.kind !== "country" &&
      a.name
        .toLowerCase()
        .split(/\s+/)
        .some((w) => APPOINTEES.justice.has(w)),
  );
  return justice?.id ?? mainCountry(doc, actor);
}
