// Calendar arithmetic on YYYY-MM-DD strings in UTC, so the machine's time
// zone never moves a date.

export function parseDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

export function formatDay(d: Date): string {
  const y = d.getUTCFullYear();
  // toISOString writes a year outside 1000-9999 otherwise (signed six digits, or padded), and
  // throws on an invalid date (NaN fails the test): left to it; in range the parts are joined
  // by hand, a quarter of toISOString's cost
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 10);
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

export function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The latest date on or before `ref` that falls on `weekday` (0 = Sunday); the next one when `ahead`. */
export function nearestWeekday(ref: Date, weekday: number, ahead: boolean): Date {
  const diff = ref.getUTCDay() - weekday;
  if (ahead) return addDays(ref, (weekday - ref.getUTCDay() + 7) % 7 || 7);
  return addDays(ref, -((diff + 7) % 7));
}
