import particleWords from "./data/surname-particles.json" with { type: "json" };

const particles = new Set(particleWords.words);

/** What a person key says about the surname: the surname's last word, and whether the key is nothing but it. */
export interface PersonSurname {
  surname: string;
  /** "person:trump", "person:von der leyen": the article named the person by surname alone. */
  surnameOnly: boolean;
}

/**
 * The surname of a person identity key (`person:donald trump` → `trump`), or
 * null for other actors. Only the last word is compared, so "Assad",
 * "al-Assad" and "Bashar al-Assad" share one; a key whose earlier words are
 * all surname particles ("von der Leyen") is a surname alone.
 */
export function personSurname(key: string): PersonSurname | null {
  if (!key.startsWith("person:")) return null;
  // Ingest asks for the same keys again and again (each article's persons, and every stored namesake).
  let known = memo.get(key);
  if (known === undefined) {
    if (memo.size >= memoLimit) memo.clear();
    known = surnameOf(key);
    memo.set(key, known);
  }
  return known;
}

const memo = new Map<string, Readonly<PersonSurname> | null>();
const memoLimit = 50_000;

function surnameOf(key: string): PersonSurname | null {
  const words = key.slice("person:".length).split(" ").filter(Boolean);
  const surname = words[words.length - 1];
  if (!surname || !/\p{L}/u.test(surname)) return null;
  const surnameOnly = words.slice(0, -1).every((w) => particles.has(w));
  return { surname, surnameOnly };
}
