import type { Actor, ActorKind } from "../model.js";

const idSlug = (s: string) => {
  // printable ASCII holds no accents to strip (most names): two of the five passes are skipped
  const ascii = !/[^ -~]/.test(s);
  const plain = ascii ? s : s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const lower = plain.toLowerCase();
  return (
    (ascii && !lower.includes("'") ? lower : lower.replace(/[’']/g, ""))
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "actor"
  );
};

/** An id for an actor named `name`: its slug, numbered past the ids `taken` already holds. */
export function uniqueActorId(name: string, taken: (id: string) => boolean): string {
  const slug = idSlug(name);
  let id = slug;
  for (let n = 2; taken(id); n++) id = `${slug}-${n}`;
  return id;
}

/** The actors being built, by merge key, with ids that stay the same for the same text. */
export class ActorTable {
  readonly byKey = new Map<string, Actor>();
  readonly gender = new Map<string, "m" | "f" | null>();
  private readonly ids = new Set<string>();

  get(key: string): Actor | undefined {
    return this.byKey.get(key);
  }

  ensure(key: string, kind: ActorKind, name: string, code: string | null = null): Actor {
    const found = this.byKey.get(key);
    if (found) return found;
    const id = uniqueActorId(name, (candidate) => this.ids.has(candidate));
    this.ids.add(id);
    const actor: Actor = { id, name, kind, aliases: [], affiliation: null, title: null, code };
    this.byKey.set(key, actor);
    return actor;
  }

  /** Points another key at an existing actor ("person:putin" → Vladimir Putin). */
  alias(key: string, actor: Actor): void {
    if (!this.byKey.has(key)) this.byKey.set(key, actor);
  }

  list(): Actor[] {
    return [...new Set(this.byKey.values())];
  }
}

const IRREGULAR_SPACE = /^ | $| {2}|[^\S ]/;

export function addAlias(actor: Actor, surface: string): void {
  // words between single spaces, nothing around them (most surfaces): the alias as written
  const s = surface.length && !IRREGULAR_SPACE.test(surface) ? surface : surface.replace(/\s+/g, " ").trim();
  if (s && !actor.aliases.includes(s)) actor.aliases.push(s);
}
