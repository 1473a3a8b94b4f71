// "Price's", "Price’s", and the bare apostrophe after a final s ("Sanders' accusations",
// "the United States’ decision"): whether the text at `end`, just after a name, marks it as
// a possessor. The bare form needs the name to end in "s" and no letter after the
// apostrophe, so a closing quote after another word is not read as one.
export function possessiveAt(text: string, end: number): boolean {
  const mark = text.charAt(end);
  if (mark !== "'" && mark !== "’") return false;
  const next = text.charAt(end + 1);
  if (next === "s" || next === "S") return !/[\p{L}\p{N}]/u.test(text.charAt(end + 2));
  return /s/iu.test(text.charAt(end - 1)) && !/[\p{L}\p{N}]/u.test(next);
}

// the possessive clitic as an event token's lower form: "'s" split off a name, or a bare "'"
// after a final s (the tokenizer straightens curly apostrophes, so "’s" never reaches a rule)
export const POSSESSIVE_CLITICS: ReadonlySet<string> = new Set(["'s", "'"]);
// the possessive pronouns that stand for a person or people named before ("his conviction")
export const PERSONAL_POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "their"]);
