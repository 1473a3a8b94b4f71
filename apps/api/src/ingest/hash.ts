import { createHash } from "node:crypto";

export function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/** Ids are a short type prefix and 16 hex digits of a hash: stable across databases and runs. */
export function makeId(prefix: string, key: string): string {
  return `${prefix}_${sha1(`${prefix}:${key}`).slice(0, 16)}`;
}

export const idPrefixes = {
  article: "art",
  actor: "act",
  claim: "clm",
  accusation: "acc",
  denial: "den",
  response: "rsp",
} as const;

export type IdKind = keyof typeof idPrefixes;

export function isIdOf(kind: IdKind, id: string): boolean {
  return id.length === 20 && id.startsWith(`${idPrefixes[kind]}_`) && /^[0-9a-f]{16}$/.test(id.slice(4));
}
