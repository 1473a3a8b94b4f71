import { builder } from "../builder.js";
import type { ItemFilter } from "../queries/filters.js";
import { ClaimKindEnum, ModalityEnum, ResponseTypeEnum } from "./enums.js";

type Fields = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

// Fields every item filter shares.
const common = (t: Fields, actor: string, counterpart: string) => ({
  actor: t.id({ description: actor }),
  counterpart: t.id({ description: counterpart }),
  from: t.string({ description: "On or after this day (YYYY, YYYY-MM or YYYY-MM-DD)." }),
  to: t.string({ description: "On or before this day; a month or year includes all of it." }),
  source: t.string({ description: "Publisher of the article, e.g. Wikinews (case-insensitive)." }),
  article: t.id({ description: "Only items of this article." }),
  search: t.string({ description: "Words that occur in the item's evidence (case-insensitive)." }),
});

export const ClaimFilterInput = builder.inputType("ClaimFilter", {
  fields: (t) => ({
    ...common(t, "The speaker.", "An actor named in the claim's content."),
    kinds: t.field({ type: [ClaimKindEnum] }),
  }),
});

export const AccusationFilterInput = builder.inputType("AccusationFilter", {
  fields: (t) => ({
    ...common(t, "The accuser.", "One of the accused."),
    categories: t.stringList({ description: "Allegation categories (case-insensitive)." }),
  }),
});

export const DenialFilterInput = builder.inputType("DenialFilter", {
  fields: (t) => ({ ...common(t, "The denier.", "The accuser of the denied accusation.") }),
});

export const ResponseFilterInput = builder.inputType("ResponseFilter", {
  fields: (t) => ({
    ...common(t, "The actor that responds.", "One of the response's targets."),
    types: t.field({ type: [ResponseTypeEnum] }),
    modalities: t.field({ type: [ModalityEnum] }),
  }),
});

interface AnyFilter {
  actor?: string | number | null;
  counterpart?: string | number | null;
  from?: string | null;
  to?: string | null;
  source?: string | null;
  article?: string | number | null;
  search?: string | null;
  kinds?: readonly string[] | null;
  categories?: readonly string[] | null;
  types?: readonly string[] | null;
  modalities?: readonly string[] | null;
}

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? null : String(v));

/** The GraphQL filter as the query layer takes it. */
export function toItemFilter(f: AnyFilter | null | undefined): ItemFilter {
  if (!f) return {};
  return {
    actor: str(f.actor),
    counterpart: str(f.counterpart),
    from: f.from ?? null,
    to: f.to ?? null,
    source: f.source ?? null,
    article: str(f.article),
    search: f.search ?? null,
    types: f.kinds ?? f.categories ?? f.types ?? null,
    modalities: f.modalities ?? null,
  };
}
