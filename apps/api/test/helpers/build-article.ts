import type { Accusation, Actor, Claim, Denial, Mention, ParsedArticle, Response, Span } from "@newsgraph/parser";

// Hand-written parser output: items name their words, the helper finds the offsets, so
// a fixture reads like the article and its spans are right by construction.

export function find(text: string, words: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`fixture: "${words}" not in text`);
  }
  return { start: at, end: at + words.length };
}

type ActorSpec = Omit<Actor, "aliases" | "affiliation" | "title" | "code"> & Partial<Actor>;

export interface ArticleSpec {
  url: string | null;
  publishedAt: string | null;
  source: string | null;
  title?: string;
  text: string;
  actors: ActorSpec[];
  claims?: {
    id: string;
    speaker: string | null;
    cue: string | [string, number];
    content: string;
    kind?: Claim["kind"];
  }[];
  accusations?: {
    id: string;
    accuser: string;
    accused: string[];
    evidence: string;
    allegation?: string;
    category?: string | null;
  }[];
  denials?: { id: string; denier: string; evidence: string; denied?: string; respondsTo?: string | null }[];
  responses?: (Omit<Response, "evidence" | "date" | "respondsTo" | "plover" | "cameo" | "modality"> & {
    evidence: string;
    date?: string | null;
    cameo?: string;
    modality?: Response["modality"];
    respondsTo?: string | null;
  })[];
}

export function buildArticle(spec: ArticleSpec): ParsedArticle {
  const { text } = spec;
  const actors: Actor[] = spec.actors.map((a) => ({
    aliases: [],
    affiliation: null,
    title: null,
    code: null,
    ...a,
  }));
  const mentions: Mention[] = [];
  for (const actor of actors) {
    for (const name of new Set([actor.name, ...actor.aliases])) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        mentions.push({ start: at, end: at + name.length, kind: actor.kind, actor: actor.id, via: "name" });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const sentences: Span[] = [];
  for (const m of text.matchAll(/[^.]+\.\s*/g)) {
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    sentences.push({ start, end: (m.index ?? 0) + m[0].trimEnd().length });
  }
  const claims: Claim[] = (spec.claims ?? []).map((c) => ({
    id: c.id,
    speaker: c.speaker,
    source: null,
    cue: typeof c.cue === "string" ? find(text, c.cue) : find(text, c.cue[0], c.cue[1]),
    content: find(text, c.content),
    kind: c.kind ?? "indirect",
  }));
  const accusations: Accusation[] = (spec.accusations ?? []).map((a) => ({
    id: a.id,
    accuser: a.accuser,
    accused: a.accused,
    allegation: a.allegation ? find(text, a.allegation) : null,
    category: a.category ?? null,
    evidence: find(text, a.evidence),
  }));
  const denials: Denial[] = (spec.denials ?? []).map((d) => ({
    id: d.id,
    denier: d.denier,
    denied: d.denied ? find(text, d.denied) : null,
    evidence: find(text, d.evidence),
    respondsTo: d.respondsTo ?? null,
  }));
  const responses: Response[] = (spec.responses ?? []).map((r) => ({
    ...r,
    cameo: r.cameo ?? "000",
    plover: null,
    modality: r.modality ?? "done",
    evidence: find(text, r.evidence),
    date: r.date ? { value: r.date, text: null } : null,
    respondsTo: r.respondsTo ?? null,
  }));
  return {
    id: spec.url ?? spec.text.slice(0, 20),
    title: spec.title ?? null,
    dek: null,
    url: spec.url,
    source: spec.source,
    authors: [],
    publishedAt: spec.publishedAt,
    text,
    paragraphs: [{ start: 0, end: text.length }],
    sentences,
    mentions,
    references: [],
    actors,
    claims,
    accusations,
    denials,
    responses,
    dates: [],
    messages: [],
  };
}
