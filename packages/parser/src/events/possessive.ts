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
