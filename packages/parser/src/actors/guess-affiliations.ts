import type { Doc } from "../doc.js";
import { listed, stateOfBodies } from "./fill-affiliations.js";
import { dominantCountry } from "./resolve-names.js";

/**
 * Runs after the event stages. A person, a body (not an international one) or a
 * group ("protesters") whose words tie it to no state is shown as acting for the state the story is
 * about: the clearly most-named one, else the one whose named bodies the story
 * is about; only a state that takes part already. It is a guess for the reader,
 * so the event stages, which compare actors' sides, never see it.
 */
export function guessAffiliations(doc: Doc): void {
  const notes = doc.entities?.notes;
  if (!notes || notes.length !== doc.mentions.length) return;
  let state: string | undefined;
  for (const actor of doc.actors) {
    if (
      actor.affiliation ||
      (actor.kind !== "person" && actor.kind !== "organization" && actor.kind !== "group") ||
      listed(actor)
    )
      continue;
    state ??=
      dominantCountry(doc.mentions, notes, doc.entities?.hints, 2) ??
      stateOfBodies(
        doc.mentions,
        notes,
        doc.mentions.map((m) => m.actor),
      ) ??
      "";
    if (!state) return;
    const country = doc.actors.find((a) => a.kind === "country" && a.code === state);
    if (country && country !== actor) actor.affiliation = country.id;
  }
}
