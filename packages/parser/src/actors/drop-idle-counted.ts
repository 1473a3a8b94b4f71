import type { Doc } from "../doc.js";

/**
 * Drops the persons designated only without a name ("arrested a 36-year-old man") and the groups described only by their count ("twelve people", "nine men") or made only on a reporting verb after them ("critics argue") that no claim,
 * accusation, denial or response names once the events are read. The mention stage makes them
 * so that an act falling on them keeps its target ("Police arrested twelve people"); where no
 * act does ("a fire killed nine people"), they are no participant of the story.
 */
export function dropIdleCountedGroups(doc: Doc): void {
  const notes = doc.entities?.notes;
  if (!notes || notes.length !== doc.mentions.length) return;
  const counted = new Set<string>();
  const unnamed = new Set<string>();
  doc.mentions.forEach((m, i) => {
    if (m.actor && (notes[i]?.counted || notes[i]?.tentative)) counted.add(m.actor);
    if (m.actor && notes[i]?.unnamed) unnamed.add(m.actor);
  });
  if (counted.size === 0 && unnamed.size === 0) return;
  // an actor also named otherwise is no counted group only; an unnamed person ("arrested a
  // man") only the pronouns and descriptions pointing back to it name is none once named
  doc.mentions.forEach((m, i) => {
    if (!m.actor) return;
    if (!notes[i]?.counted && !notes[i]?.tentative) counted.delete(m.actor);
    if (m.via === "name") unnamed.delete(m.actor);
  });
  for (const u of unnamed) counted.add(u);
  // a group some item names is a participant: it stays
  const keepNamed = (id: string | null) => id !== null && counted.delete(id);
  for (const c of doc.claims) keepNamed(c.speaker);
  for (const a of doc.accusations) [a.accuser, ...a.accused].forEach(keepNamed);
  for (const d of doc.denials) keepNamed(d.denier);
  for (const r of doc.responses) [r.actor, ...r.targets].forEach(keepNamed);
  if (counted.size === 0) return;
  doc.actors = doc.actors.filter((a) => !counted.has(a.id));
  const keep = doc.mentions.map((m) => !(m.actor && counted.has(m.actor)));
  doc.mentions = doc.mentions.filter((_, i) => keep[i]);
  if (doc.entities) doc.entities.notes = notes.filter((_, i) => keep[i]);
}
