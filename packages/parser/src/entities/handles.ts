import { honorifics, titleHeads } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";

// "Twitter: @JaneRoe", "on Twitter at @JaneRoe", "Follow @ExampleNews": a writer's or an
// outlet's own account, given at the foot of a piece, right before the handle on its line
const OWN_ACCOUNT = /(?:\bTwitter\s*:|\bon Twitter(?:\s+at)?|\bFollow(?:\s+[\p{L}.]+){0,4}?)\s*$/u;
// How much of the handle's line is read for that (characters).
const REACH = 48;
// "Sen", "Rep", "Gov", "Dr": honorifics as a handle writes them before a surname ("SenRoe")
const HANDLE_TITLES = new Set([...honorifics.keys()].map((h) => h.replace(/\.$/, "").toLowerCase()));

/**
 * "@JaneRoe": a handle is an account's address. When it spells a person the text names in
 * words ("Jane Roe (@JaneRoe)", "@SenRoe", "@JaneRoeUSA"), it is one more name of that
 * person; when it closes a writer's or an outlet's line of its own account ("Twitter:
 * @JaneRoe"), it names no participant. Any other handle stays as it was read.
 */
export function readHandles(scan: Scan): void {
  const { text } = scan;
  if (!text.includes("@")) return;
  const handles = scan.pieces.filter(
    (p) => p.via === "name" && p.kind !== "country" && text.charAt(p.start - 1) === "@",
  );
  if (!handles.length) return;
  const persons = scan.pieces.filter(
    (p) => p.via === "name" && p.kind === "person" && text.charAt(p.start - 1) !== "@" && p.note.name.includes(" "),
  );
  const drop = new Set<Piece>();
  for (const h of handles) {
    const owner = ownerOf(text.slice(h.start, h.end).toLowerCase(), persons);
    if (owner) {
      h.kind = "person";
      h.note = { key: owner.note.key, name: owner.note.name, gender: owner.note.gender ?? null };
      continue;
    }
    const line =
      text
        .slice(Math.max(0, h.start - 1 - REACH), h.start - 1)
        .split("\n")
        .pop() ?? "";
    if (OWN_ACCOUNT.test(line)) drop.add(h);
  }
  scan.remove(drop);
}

// The person whose full name the handle holds ("SarahRoeUSA"), or whose surname it ends in
// after nothing, the given name, a title or an honorific ("Roe", "JaneRoe", "SpeakerRoe", "SenRoe").
function ownerOf(handle: string, persons: Piece[]): Piece | undefined {
  return persons.find((p) => {
    const words = p.note.name.toLowerCase().split(/\s+/);
    if (handle.includes(words.join(""))) return true;
    const surname = words[words.length - 1] as string;
    if (surname.length < 4 || !handle.endsWith(surname)) return false;
    const lead = handle.slice(0, handle.length - surname.length);
    return lead === "" || lead === words[0] || titleHeads.has(lead) || HANDLE_TITLES.has(lead);
  });
}
