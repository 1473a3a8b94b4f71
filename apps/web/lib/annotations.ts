// Everything the article view highlights, reduced to one shape so the text
// renderer does not care whether it came from the API or a parse preview.

export type AnnotationKind = "actor" | "claim" | "accusation" | "denial" | "response";

export interface Annotation {
  /** The structured item's id (for actors, one id per mention). */
  id: string;
  /** The item this span belongs to: mentions of one actor share it. */
  itemId: string;
  kind: AnnotationKind;
  start: number;
  end: number;
}

/** When spans overlap, the colour and the click go to the most specific kind. */
export const KIND_PRIORITY: Record<AnnotationKind, number> = {
  accusation: 5,
  denial: 4,
  response: 3,
  claim: 2,
  actor: 1,
};

export const KIND_LABEL: Record<AnnotationKind, string> = {
  actor: "Actor",
  claim: "Claim",
  accusation: "Accusation",
  denial: "Denial",
  response: "Response",
};
