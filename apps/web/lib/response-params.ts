import type { Modality, TimeBucket } from "@/generated/graphql";
import { readParam, type SearchParamsInput } from "./filters";

export const MODALITIES: Modality[] = ["done", "announced", "threatened", "considered", "negated"];
const BUCKETS: Record<string, TimeBucket> = { day: "DAY", month: "MONTH", year: "YEAR" };

/** The responses view's own URL state: bucket size, modalities shown, what the bars stack by, and the list's page cursor. */
export function parseResponseParams(params: SearchParamsInput) {
  const bucket = BUCKETS[readParam(params, "bucket") ?? ""] ?? "MONTH";
  const modalities = (readParam(params, "modality") ?? "")
    .split(",")
    .filter((value): value is Modality => (MODALITIES as string[]).includes(value));
  const stackBy: "type" | "modality" = readParam(params, "by") === "modality" ? "modality" : "type";
  return { bucket, modalities, after: readParam(params, "after"), stackBy };
}
