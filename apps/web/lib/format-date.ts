/** The day of an ISO date or timestamp ("2021-03-17T20:06:08Z" → "2021-03-17"); other text as is. */
export function dayOf(value: string | null | undefined): string {
  if (!value) return "";
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
}
