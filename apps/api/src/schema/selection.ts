import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/**
 * The field names a query asks for below the current field, along `path` (e.g.
 * `["edges", "node"]`), fragments and inline fragments merged. Directives are
 * ignored, so a field under `@skip` still counts: the answer may name more
 * fields than run, never fewer. Resolvers use it to read only what is shown
 * (a total nobody asked for is not counted). Kept per field-node list, which
 * graphql-jit keeps for a compiled document (the interpreter rebuilds it, and
 * then this is worked out again).
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): ReadonlySet<string> {
  const key = path.join(".");
  let byPath = cache.get(info.fieldNodes);
  if (!byPath) {
    byPath = new Map();
    cache.set(info.fieldNodes, byPath);
  }
  let names = byPath.get(key);
  if (!names) {
    names = new Set();
    let sets = info.fieldNodes.map((f) => f.selectionSet).filter((s): s is SelectionSetNode => !!s);
    for (const step of path) sets = fieldsIn(sets, info, step).flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
    for (const f of fieldsIn(sets, info, null)) names.add(f.name.value);
    byPath.set(key, names);
  }
  return names;
}

const cache = new WeakMap<readonly FieldNode[], Map<string, Set<string>>>();

/** The fields (named `name`, or all when null) in these selection sets, through fragments. */
function fieldsIn(sets: SelectionSetNode[], info: GraphQLResolveInfo, name: string | null): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (name === null || s.name.value === name) found.push(s);
      } else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet, seen);
      else if (!seen.has(s.name.value)) {
        const fragment = info.fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet, new Set(seen).add(s.name.value));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return found;
}

/**
 * Whether an article's selection asks for its id alone (a link): an item's row has the id,
 * and its foreign key (deletes cascade) says the article is there, so nothing need be read.
 */
export function articleIdOnly(fields: ReadonlySet<string>): boolean {
  for (const name of fields) if (name !== "id" && name !== "__typename") return false;
  return true;
}
