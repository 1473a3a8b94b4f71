// Colours from the Okabe–Ito set, which stays distinguishable with colour blindness.
const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

export const KIND_COLOURS: Record<string, string> = {
  country: "#0072B2",
  person: "#E69F00",
  organization: "#009E73",
  group: "#CC79A7",
  media: "#56B4E9",
  location: "#999999",
};

export function kindColour(kind: string): string {
  return KIND_COLOURS[kind] ?? "#777777";
}

/** A stable colour for any series name (response types, modalities). */
export function seriesColour(name: string, index: number): string {
  return SERIES_COLOURS[name] ?? OKABE_ITO[index % OKABE_ITO.length] ?? "#777777";
}

const SERIES_COLOURS: Record<string, string> = {
  done: "#009E73",
  announced: "#0072B2",
  threatened: "#D55E00",
  considered: "#E69F00",
  negated: "#999999",
};

/** "recall_ambassador" → "recall ambassador". */
export function humanize(value: string): string {
  return value.replace(/[_-]+/g, " ").toLowerCase();
}
