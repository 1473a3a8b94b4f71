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

// One colour per response type, so a type keeps its colour in every chart and
// filter; grouped by family (diplomatic blues, coercive reds, verbal greens…).
const SERIES_COLOURS: Record<string, string> = {
  recall_ambassador: "#08519c",
  expel_diplomats: "#3182bd",
  close_mission: "#6baed6",
  break_relations: "#9ecae1",
  summon_envoy: "#756bb1",
  sanction: "#a50f15",
  legal_action: "#de2d26",
  military_action: "#000000",
  threaten: "#fb6a4a",
  demand: "#e6550d",
  reject: "#fdae6b",
  protest: "#8c6d31",
  investigate: "#31a354",
  consider_measures: "#bdbdbd",
  decline_comment: "#737373",
  admit: "#74c476",
  cooperate: "#006d2c",
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
