import { isoDate } from "./date-from-url.js";

const months: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const month =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const monthFirst = new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, "i");
const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month},?\\s+((?:19|20)\\d\\d)\\b`, "i");
const iso = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;

/**
 * The date of a dateline or date line ("Wednesday, January 23, 2019",
 * "Updated March 17, 2021 4:06 pm ET", "17 March 2021", "2021-03-17").
 * Only short lines count: a date inside prose is not a publication date.
 */
export function parseDateline(line: string): string | null {
  const text = line.trim();
  if (text.length > 80) return null;
  let m = monthFirst.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]), Number(m[2]));
  m = dayFirst.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2]), Number(m[1]));
  m = iso.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function monthNumber(name: string | undefined): number {
  return months[(name ?? "").toLowerCase().slice(0, 3)] ?? 0;
}
