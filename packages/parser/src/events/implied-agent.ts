import lexicon from "../../data/response-types.json";
import type { Doc } from "../doc.js";
import { closelyTied } from "./actor-roles.js";
import { storyPolice } from "./court-actor.js";
import type { Token } from "./tokens.js";

// "Two suspects were arrested", "the minister was stabbed": an act told in the
// passive with no "by" phrase leaves its doer to the story. News tells such
// acts of a role the story fills once (its police, its attacker), so the doer
// is the actor in that role, chosen by the cue's words, not by its sentence.

type Role = "police" | "attacker" | "mercy";

const ROLE_OF = new Map<string, Role>([
  ...lexicon.impliedAgents.police.map((w) => [w, "police"] as const),
  ...lexicon.impliedAgents.attacker.map((w) => [w, "attacker"] as const),
  ...lexicon.impliedAgents.mercy.map((w) => [w, "mercy"] as const),
]);
const MERCY = new Set(lexicon.impliedAgents.mercy);
const ATTACKER_NOUNS = new Set(lexicon.impliedAgents.attackerNouns);
const SUSPECT_NOUNS = new Set(lexicon.impliedAgents.suspectNouns);

const POLICE_OF_UNNAMED = new Set(lexicon.impliedAgents.policeOfUnnamed);

/** "a 78-year-old man was charged": a cue word whose act on an unnamed person is the story's police's. */
export function policeOfUnnamed(word: string): boolean {
  return POLICE_OF_UNNAMED.has(word);
}

/** The role whose act the cue's words [first, last] tell ("were arrested": police), or null. */
export function impliedRole(tokens: Token[], first: number, last: number): Role | null {
  for (let k = first; k <= last; k++) {
    const role = ROLE_OF.get((tokens[k] as Token).lower);
    if (role) return role;
  }
  return null;
}

/** The story's actor in `role` for an act at `pos` on `patients`, or null when the story names none (or two). */
export function impliedAgent(doc: Doc, role: Role, pos: number, patients: string[]): string | null {
  if (role === "police") return storyPolice(doc, pos);
  if (role === "mercy") return mercyGiver(doc, pos);
  // "the film was shot in Berlin": an attack needs a victim the story names
  if (patients.length === 0) return null;
  // the story's attacker attacked the story's victim: "Sirhan was stabbed in prison ... the night
  // Kennedy was shot" tells another attack, whose doer is not that attacker
  const victims = attacked.get(doc) ?? patients;
  if (!patients.some((p) => victims.includes(p))) return null;
  attacked.set(doc, victims);
  return storyAttacker(doc, patients);
}

/** The victims of the first attack a doc tells with its doer left to the story. */
const attacked = new WeakMap<Doc, string[]>();

/**
 * The one actor the story names as the doer of its attack ("the attacker",
 * "the gunmen"), else the one it calls the suspect(s); two of a kind leave it
 * open, and the victims are never their own attacker.
 */
export function storyAttacker(doc: Doc, patients: string[]): string | null {
  const mentioned = new Set(doc.mentions.map((m) => m.actor));
  const named = (nouns: Set<string>) =>
    doc.actors.filter(
      (a) =>
        a.kind !== "country" &&
        mentioned.has(a.id) &&
        !patients.some((p) => closelyTied(doc, a.id, p)) &&
        [a.name, ...a.aliases].some((n) => nouns.has(n.toLowerCase().split(/\s+/).at(-1) ?? "")),
    );
  for (const nouns of [ATTACKER_NOUNS, SUSPECT_NOUNS]) {
    const found = named(nouns);
    if (found.length > 0) return found.length === 1 ? (found[0]?.id ?? null) : null;
  }
  return null;
}

/**
 * "Trump granted X a full pardon ... Y was granted clemency": who the story last told granting a
 * pardon, a clemency or a commutation before `pos` grants this one; none told leaves it to no one
 * (the court that convicted the person grants no mercy).
 */
function mercyGiver(doc: Doc, pos: number): string | null {
  for (let k = doc.responses.length - 1; k >= 0; k--) {
    const r = doc.responses[k];
    if (!r || r.type !== "legal_action" || r.evidence.end > pos) continue;
    const words =
      doc.text
        .slice(r.evidence.start, r.evidence.end)
        .toLowerCase()
        .match(/\p{L}+/gu) ?? [];
    if (words.some((w) => MERCY.has(w))) return r.actor;
  }
  return null;
}
