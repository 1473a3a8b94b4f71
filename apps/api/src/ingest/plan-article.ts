import type { ParsedArticle, Span } from "@newsgraph/parser";
import type { ArticleTable, Database } from "../db/tables.js";
import { actorKeys } from "../identity/actor-key.js";
import { makeId, sha1 } from "./hash.js";
import { clampSpan, cover, effectiveDay, sentenceOf } from "./spans.js";

/** One of the article's actors with the identity keys that merge it across articles. */
export interface PlannedActor {
  local: string;
  key: string;
  alternates: string[];
  name: string;
  kind: string;
  code: string | null;
}

/** The rows an article stores, in insertion order; actor columns still hold the parser's local actor ids. */
export interface PlannedRows {
  article_actors: Database["article_actors"][];
  actor_aliases: Database["actor_aliases"][];
  mentions: Database["mentions"][];
  claims: Database["claims"][];
  accusations: Database["accusations"][];
  accusation_targets: Database["accusation_targets"][];
  denials: Database["denials"][];
  responses: Database["responses"][];
  response_targets: Database["response_targets"][];
}

/**
 * Everything storing an article needs that does not depend on the database:
 * hashes, the article row, actor keys and item rows. It is plain data, so
 * ingest builds it on the parser's thread and the storing thread only
 * resolves actors and writes.
 */
export interface ArticlePlan {
  url: string | null;
  textHash: string;
  parseHash: string;
  /** The id the rows were planned under: a new article's id. */
  id: string;
  article: Omit<ArticleTable, "id" | "ingested_at">;
  actors: PlannedActor[];
  rows: PlannedRows;
}

const itemPrefixes = { claims: "clm", accusations: "acc", denials: "den", responses: "rsp" } as const;

/** Plans an article under `articleId` (default: the id a new article with its URL or text gets). */
export function planArticle(parsed: ParsedArticle, articleId?: string): ArticlePlan {
  // Where the text came from is not part of what was parsed: the same text at another URL is unchanged.
  const { file: _file, id: _id, url: _url, ...content } = parsed;
  const textHash = sha1(parsed.text);
  const parseHash = sha1(JSON.stringify(content));
  const url = parsed.url?.trim() || null;
  const id = articleId ?? makeId("art", url ?? textHash);
  const byLocal = new Map(parsed.actors.map((a) => [a.id, a]));
  const codeOf = (local: string | null) => (local ? (byLocal.get(local)?.code ?? null) : null);
  return {
    url,
    textHash,
    parseHash,
    id,
    article: {
      url,
      text_hash: textHash,
      parse_hash: parseHash,
      title: parsed.title,
      dek: parsed.dek,
      source: parsed.source,
      authors: JSON.stringify(parsed.authors ?? []),
      published_at: parsed.publishedAt,
      text: parsed.text,
      paragraphs: JSON.stringify(parsed.paragraphs ?? []),
      sentences: JSON.stringify(parsed.sentences ?? []),
    },
    actors: parsed.actors.map((actor) => ({
      local: actor.id,
      ...actorKeys(actor, codeOf(actor.affiliation)),
      name: actor.name || actor.id,
      kind: actor.kind,
      code: actor.code ?? null,
    })),
    rows: planRows(parsed, id, (local) => !!local && byLocal.has(local)),
  };
}

function planRows(parsed: ParsedArticle, articleId: string, isActor: (local: string | null | undefined) => boolean) {
  const text = parsed.text;
  const local = (id: string | null | undefined) => (id && isActor(id) ? id : null);
  const sentences = parsed.sentences ?? [];
  const item = (prefix: string, ord: number, localId: string, evidence: Span, date: string | null | undefined) => {
    const ev = clampSpan(text, evidence);
    const sentence = sentenceOf(text, sentences, ev);
    return {
      id: makeId(prefix, `${articleId}/${ord}`),
      article_id: articleId,
      local_id: localId,
      ord,
      day: effectiveDay(date, parsed.publishedAt),
      evidence_start: ev.start,
      evidence_end: ev.end,
      evidence_text: text.slice(ev.start, ev.end),
      sentence_start: sentence.start,
      sentence_end: sentence.end,
      sentence_text: text.slice(sentence.start, sentence.end),
    };
  };
  const span = (s: Span | null | undefined) => (s ? clampSpan(text, s) : null);

  // Items point at each other by the parser's local ids; map them to stored ids first.
  const globalIds = new Map<string, string>();
  const lists = [
    [itemPrefixes.claims, parsed.claims],
    [itemPrefixes.accusations, parsed.accusations],
    [itemPrefixes.denials, parsed.denials],
    [itemPrefixes.responses, parsed.responses],
  ] as const;
  for (const [prefix, list] of lists) {
    list.forEach((it, i) => {
      globalIds.set(it.id, makeId(prefix, `${articleId}/${i}`));
    });
  }
  const linked = (id: string | null | undefined) => (id ? (globalIds.get(id) ?? null) : null);

  // names and the pronouns / descriptions that refer to an actor are all its mentions
  const allMentions = [...parsed.mentions, ...(parsed.references ?? [])].sort((a, b) => a.start - b.start);
  const mentionCounts = new Map<string, number>();
  for (const m of allMentions) if (m.actor) mentionCounts.set(m.actor, (mentionCounts.get(m.actor) ?? 0) + 1);

  const articleActors = new Map<string, Database["article_actors"]>();
  const aliases: Database["actor_aliases"][] = [];
  for (const actor of parsed.actors) {
    if (!articleActors.has(actor.id)) {
      articleActors.set(actor.id, {
        article_id: articleId,
        local_id: actor.id,
        actor_id: actor.id,
        name: actor.name,
        title: actor.title,
        affiliation_id: local(actor.affiliation),
        aliases: JSON.stringify(actor.aliases ?? []),
        mention_count: mentionCounts.get(actor.id) ?? 0,
      });
    }
    for (const alias of [actor.name, ...(actor.aliases ?? [])]) {
      const clean = alias?.trim();
      if (clean) aliases.push({ actor_id: actor.id, alias: clean, article_id: articleId });
    }
  }

  const accusations = parsed.accusations.filter((a) => local(a.accuser));
  const denials = parsed.denials.filter((d) => local(d.denier));
  const responses = parsed.responses.filter((r) => local(r.actor));
  const accusationRows = accusations.map((a) => {
    const allegation = span(a.allegation);
    return {
      ...item(itemPrefixes.accusations, parsed.accusations.indexOf(a), a.id, a.evidence, a.date?.value),
      accuser_id: a.accuser,
      category: a.category,
      allegation_start: allegation?.start ?? null,
      allegation_end: allegation?.end ?? null,
      date_value: a.date?.value ?? null,
    };
  });
  const responseRows = responses.map((r) => {
    const dateText = span(r.date?.text);
    return {
      ...item(itemPrefixes.responses, parsed.responses.indexOf(r), r.id, r.evidence, r.date?.value),
      actor_id: r.actor,
      type: r.type,
      cameo: r.cameo,
      plover: r.plover ?? null,
      modality: r.modality ?? "done",
      date_value: r.date?.value ?? null,
      date_start: dateText?.start ?? null,
      date_end: dateText?.end ?? null,
      responds_to: linked(r.respondsTo),
    };
  });
  return {
    article_actors: [...articleActors.values()],
    actor_aliases: aliases,
    mentions: allMentions.map((m, ord) => {
      const s = clampSpan(text, m);
      return {
        article_id: articleId,
        ord,
        actor_id: local(m.actor),
        start: s.start,
        end: s.end,
        kind: m.kind,
        via: m.via ?? null,
      };
    }),
    claims: parsed.claims.map((c, i) => {
      const source = span(c.source);
      const cue = span(c.cue) as Span;
      const contentSpan = span(c.content) as Span;
      return {
        ...item(itemPrefixes.claims, i, c.id, cover(source, cue, contentSpan), null),
        speaker_id: local(c.speaker),
        kind: c.kind,
        source_start: source?.start ?? null,
        source_end: source?.end ?? null,
        cue_start: cue.start,
        cue_end: cue.end,
        content_start: contentSpan.start,
        content_end: contentSpan.end,
      };
    }),
    accusations: accusationRows,
    accusation_targets: targets(accusations, accusationRows, (a) => a.accused, local),
    denials: denials.map((d) => {
      const denied = span(d.denied);
      return {
        ...item(itemPrefixes.denials, parsed.denials.indexOf(d), d.id, d.evidence, null),
        denier_id: d.denier,
        denied_start: denied?.start ?? null,
        denied_end: denied?.end ?? null,
        responds_to: linked(d.respondsTo),
      };
    }),
    responses: responseRows,
    response_targets: targets(responses, responseRows, (r) => r.targets, local),
  };
}

/** Target rows of `items`, whose stored rows (same order) give the item's id, article and day. */
function targets<T>(
  items: T[],
  stored: { id: string; article_id: string; day: string | null }[],
  named: (item: T) => string[],
  local: (id: string) => string | null,
): Database["accusation_targets"][] {
  const rows: Database["accusation_targets"][] = [];
  items.forEach((it, i) => {
    const { id, article_id, day } = stored[i] as (typeof stored)[number];
    for (const actor of named(it) ?? []) if (local(actor)) rows.push({ item_id: id, actor_id: actor, article_id, day });
  });
  return rows;
}

/**
 * The plan's rows pointed at the corpus-wide actors (`actorOf` maps every
 * local id the plan uses), without the duplicates that appear when two of the
 * article's actors turn out to be one. The plan itself is left as it was, so
 * a failed batch can store it again.
 */
export function resolvePlannedRows(rows: PlannedRows, actorOf: (local: string) => string): PlannedRows {
  const ref = (local: string | null) => (local === null ? null : actorOf(local));
  const unique = <T>(list: T[], keyOf: (row: T) => string) => {
    const seen = new Map<string, T>();
    for (const row of list) seen.set(keyOf(row), row);
    return [...seen.values()];
  };
  const targets = (list: Database["accusation_targets"][]) =>
    unique(
      list.map((r) => ({ ...r, actor_id: actorOf(r.actor_id) })),
      (r) => `${r.item_id}/${r.actor_id}`,
    );
  return {
    article_actors: rows.article_actors.map((r) => ({
      ...r,
      actor_id: actorOf(r.actor_id),
      affiliation_id: ref(r.affiliation_id),
    })),
    actor_aliases: unique(
      rows.actor_aliases.map((r) => ({ ...r, actor_id: actorOf(r.actor_id) })),
      (r) => `${r.actor_id}\u0000${r.alias}`,
    ),
    mentions: rows.mentions.map((r) => ({ ...r, actor_id: ref(r.actor_id) })),
    claims: rows.claims.map((r) => ({ ...r, speaker_id: ref(r.speaker_id) })),
    accusations: rows.accusations.map((r) => ({ ...r, accuser_id: actorOf(r.accuser_id) })),
    accusation_targets: targets(rows.accusation_targets),
    denials: rows.denials.map((r) => ({ ...r, denier_id: actorOf(r.denier_id) })),
    responses: rows.responses.map((r) => ({ ...r, actor_id: actorOf(r.actor_id) })),
    response_targets: targets(rows.response_targets),
  };
}

/** The same plan under another article id (an article matched by its text at a new URL keeps its id). */
export function replanUnder(plan: ArticlePlan, articleId: string): ArticlePlan {
  if (plan.id === articleId) return plan;
  const ids = new Map<string, string>();
  const { rows } = plan;
  for (const [table, prefix] of Object.entries(itemPrefixes)) {
    for (const r of rows[table as keyof typeof itemPrefixes]) ids.set(r.id, makeId(prefix, `${articleId}/${r.ord}`));
  }
  const linked = (id: string | null) => (id === null ? null : (ids.get(id) ?? null));
  const item = <T extends { id: string }>(r: T) => ({ ...r, id: ids.get(r.id) as string, article_id: articleId });
  const target = (r: Database["accusation_targets"]) => ({
    ...r,
    item_id: ids.get(r.item_id) as string,
    article_id: articleId,
  });
  const inArticle = <T>(r: T) => ({ ...r, article_id: articleId });
  return {
    ...plan,
    id: articleId,
    rows: {
      article_actors: rows.article_actors.map(inArticle),
      actor_aliases: rows.actor_aliases.map(inArticle),
      mentions: rows.mentions.map(inArticle),
      claims: rows.claims.map(item),
      accusations: rows.accusations.map(item),
      accusation_targets: rows.accusation_targets.map(target),
      denials: rows.denials.map((r) => ({ ...item(r), responds_to: linked(r.responds_to) })),
      responses: rows.responses.map((r) => ({ ...item(r), responds_to: linked(r.responds_to) })),
      response_targets: rows.response_targets.map(target),
    },
  };
}
