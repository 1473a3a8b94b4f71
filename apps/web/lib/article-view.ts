import type { Annotation, AnnotationKind } from "./annotations";

/** One structured item as the article's side panel lists it. */
export interface PanelItem {
  id: string;
  kind: AnnotationKind;
  /** "Russia → United States", "Sergei Lavrov said", "United States: sanction". */
  title: string;
  /** The words that support it. */
  evidence: string;
  /** Category, type, modality, date…: short facts shown as badges. */
  facts: string[];
  /** Where its words start, to scroll to. */
  start: number;
  /** Actors and items it refers to, when they have pages. */
  links: { label: string; href: string }[];
}

/** What the article reader needs, from the API or from a parse preview alike. */
export interface ArticleView {
  text: string;
  paragraphs: { start: number; end: number }[];
  annotations: Annotation[];
  items: PanelItem[];
}

export const PANEL_ORDER: AnnotationKind[] = ["accusation", "denial", "response", "claim", "actor"];
