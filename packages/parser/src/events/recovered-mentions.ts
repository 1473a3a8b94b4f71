import type { Doc } from "../doc.js";
import type { Mention } from "../model.js";

type ActorMention = Mention & { actor: string };

// Occurrences of an actor's own names that the entity stage left unmarked
// ("Mahan had contributed ..." after "Mahan Air" was named), and "the
// embassy" for the one organization of the story whose name ends in
// "Embassy". Only for the role finders; doc.mentions stays as it was.

const MIN_ALIAS = 3;

export function recoveredMentions(doc: Doc, named: ActorMention[]): ActorMention[] {
  const taken = new Uint8Array(doc.text.length + 1);
  for (const m of named) taken.fill(1, m.start, m.end);
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  const out: ActorMention[] = [];
  const add = (start: number, end: number, actor: string, kind: Mention["kind"]) => {
    if (start < doc.bodyStart || !free(start, end)) return;
    taken.fill(1, start, end);
    out.push({ start, end, kind, actor, via: "alias" });
  };
  const body = doc.text;
  for (const a of doc.actors) {
    for (const alias of new Set([a.name, ...a.aliases])) {
      if (alias.length < MIN_ALIAS || !/^\p{Lu}/u.test(alias)) continue;
      for (let i = body.indexOf(alias); i >= 0; i = body.indexOf(alias, i + alias.length)) {
        if (isWordEdge(body, i - 1) && isWordEdge(body, i + alias.length)) add(i, i + alias.length, a.id, a.kind);
      }
    }
  }
  // "the embassy": a definite head noun that names one organization of the story
  const heads = new Map<string, string | null>();
  for (const a of doc.actors) {
    if (a.kind !== "organization") continue;
    const head = /(\p{L}+)$/u.exec(a.name)?.[1]?.toLowerCase();
    if (!head || head.length < 4) continue;
    heads.set(head, heads.has(head) ? null : a.id);
  }
  if (![...heads.values()].some(Boolean)) return out;
  for (const m of body.matchAll(/\b[Tt]he ([a-z]+)\b/g)) {
    const id = heads.get(m[1] as string);
    if (id) add(m.index ?? 0, (m.index ?? 0) + m[0].length, id, "organization");
  }
  return out;
}

function isWordEdge(text: string, i: number): boolean {
  return i < 0 || i >= text.length || !/[\p{L}\p{N}]/u.test(text[i] as string);
}
