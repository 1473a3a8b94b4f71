import type { ParsedArticle, Span } from "@newsgraph/parser";
import type { Kysely } from "kysely";
import { bumpGeneration } from "../db/generation.js";
import type { Database } from "../db/tables.js";
import { makeId, sha1 } from "./hash.js";
import { kyselyWriter, type RowWriter } from "./insert-rows.js";
import { resolveActors } from "./resolve-actors.js";
import { clampSpan, cover, effectiveDay, sentenceOf } from "./spans.js";

export type StoreStatus = "STORED" | "UPDATED" | "UNCHANGED";

export interface StoreResult {
  id: string;
  status: StoreStatus;
}

const itemTables = [
  "response_targets",
  "responses",
  "denials",
  "accusation_targets",
  "accusations",
  "claims",
  "mentions",
  "article_actors",
  "actor_aliases",
] as const;

/** Removes everything stored for an article except its row; returns the actors it named. */
export async function deleteArticleItems(trx: Kysely<Database>, articleId: string): Promise<string[]> {
  const actors = await trx
    .selectFrom("article_actors")
    .select("actor_id")
    .where("article_id", "=", articleId)
    .execute();
  for (const table of itemTables) await trx.deleteFrom(table).where("article_id", "=", articleId).execute();
  return [...new Set(actors.map((a) => a.actor_id))];
}

/** Drops actors that no article names any more (their alias-table entries stay, as corrections). */
export async function dropOrphanActors(trx: Kysely<Database>, actorIds: string[]): Promise<void> {
  if (actorIds.length === 0) return;
  await trx
    .deleteFrom("actors")
    .where("id", "in", actorIds)
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom("article_actors as x").select("x.actor_id").whereRef("x.actor_id", "=", "actors.id")),
      ),
    )
    .execute();
}

/** Deletes an article and all its items; false when there was none. */
export async function deleteArticle(trx: Kysely<Database>, articleId: string): Promise<boolean> {
  const actors = await deleteArticleItems(trx, articleId);
  const result = await trx.deleteFrom("articles").where("id", "=", articleId).executeTakeFirst();
  await dropOrphanActors(trx, actors);
  await bumpGeneration(trx);
  return Number(result.numDeletedRows) > 0;
}

/**
 * Stores one parsed article; call inside a transaction. The same URL or the
 * same text is the same article: unchanged if it parses the same, else its
 * items are replaced (a parser upgrade, or a corrected text at the same URL).
 */
export async function storeArticle(
  trx: Kysely<Database>,
  parsed: ParsedArticle,
  write: RowWriter = kyselyWriter(trx),
): Promise<StoreResult> {
  // Where the text came from is not part of what was parsed: the same text at another URL is unchanged.
  const { file: _file, id: _id, url: _url, ...content } = parsed;
  const textHash = sha1(parsed.text);
  const parseHash = sha1(JSON.stringify(content));
  const url = parsed.url?.trim() || null;

  let query = trx.selectFrom("articles").select(["id", "parse_hash"]);
  query = url
    ? query.where((eb) => eb.or([eb("url", "=", url), eb("text_hash", "=", textHash)]))
    : query.where("text_hash", "=", textHash);
  const existing = await query.orderBy("ingested_at").executeTakeFirst();
  if (existing && existing.parse_hash === parseHash) return { id: existing.id, status: "UNCHANGED" };

  const id = existing?.id ?? makeId("art", url ?? textHash);
  const row = {
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
    ingested_at: new Date().toISOString(),
  };
  let previousActors: string[] = [];
  if (existing) {
    previousActors = await deleteArticleItems(trx, id);
    await trx.updateTable("articles").set(row).where("id", "=", id).execute();
  } else {
    await trx
      .insertInto("articles")
      .values({ id, ...row })
      .execute();
  }
  await storeItems(trx, id, parsed, write);
  await dropOrphanActors(trx, previousActors);
  await bumpGeneration(trx);
  return { id, status: existing ? "UPDATED" : "STORED" };
}

async function storeItems(
  trx: Kysely<Database>,
  articleId: string,
  parsed: ParsedArticle,
  insertRows: RowWriter,
): Promise<void> {
  const text = parsed.text;
  const actorIds = await resolveActors(trx, parsed);
  const actorOf = (local: string | null | undefined) => (local ? (actorIds.get(local) ?? null) : null);
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
    ["clm", parsed.claims],
    ["acc", parsed.accusations],
    ["den", parsed.denials],
    ["rsp", parsed.responses],
  ] as const;
  for (const [prefix, list] of lists) {
    list.forEach((it, i) => {
      globalIds.set(it.id, makeId(prefix, `${articleId}/${i}`));
    });
  }
  const linked = (local: string | null | undefined) => (local ? (globalIds.get(local) ?? null) : null);

  // names and the pronouns / descriptions that refer to an actor are all its mentions
  const allMentions = [...parsed.mentions, ...(parsed.references ?? [])].sort((a, b) => a.start - b.start);
  const mentionCounts = new Map<string, number>();
  for (const m of allMentions) if (m.actor) mentionCounts.set(m.actor, (mentionCounts.get(m.actor) ?? 0) + 1);

  const articleActors = new Map<string, Database["article_actors"]>();
  const aliases = new Map<string, Database["actor_aliases"]>();
  for (const actor of parsed.actors) {
    const actorId = actorOf(actor.id) as string;
    if (!articleActors.has(actor.id)) {
      articleActors.set(actor.id, {
        article_id: articleId,
        local_id: actor.id,
        actor_id: actorId,
        name: actor.name,
        title: actor.title,
        affiliation_id: actorOf(actor.affiliation),
        aliases: JSON.stringify(actor.aliases ?? []),
        mention_count: mentionCounts.get(actor.id) ?? 0,
      });
    }
    for (const alias of [actor.name, ...(actor.aliases ?? [])]) {
      const clean = alias?.trim();
      if (clean) aliases.set(`${actorId}\u0000${clean}`, { actor_id: actorId, alias: clean, article_id: articleId });
    }
  }
  await insertRows("article_actors", [...articleActors.values()]);
  await insertRows("actor_aliases", [...aliases.values()]);
  await insertRows(
    "mentions",
    allMentions.map((m, ord) => {
      const s = clampSpan(text, m);
      return {
        article_id: articleId,
        ord,
        actor_id: actorOf(m.actor),
        start: s.start,
        end: s.end,
        kind: m.kind,
        via: m.via ?? null,
      };
    }),
  );

  await insertRows(
    "claims",
    parsed.claims.map((c, i) => {
      const source = span(c.source);
      const cue = span(c.cue) as Span;
      const contentSpan = span(c.content) as Span;
      return {
        ...item("clm", i, c.id, cover(source, cue, contentSpan), null),
        speaker_id: actorOf(c.speaker),
        kind: c.kind,
        source_start: source?.start ?? null,
        source_end: source?.end ?? null,
        cue_start: cue.start,
        cue_end: cue.end,
        content_start: contentSpan.start,
        content_end: contentSpan.end,
      };
    }),
  );

  const accusations = parsed.accusations.filter((a) => actorOf(a.accuser));
  await insertRows(
    "accusations",
    accusations.map((a) => {
      const allegation = span(a.allegation);
      const i = parsed.accusations.indexOf(a);
      return {
        ...item("acc", i, a.id, a.evidence, a.date?.value),
        accuser_id: actorOf(a.accuser) as string,
        category: a.category,
        allegation_start: allegation?.start ?? null,
        allegation_end: allegation?.end ?? null,
        date_value: a.date?.value ?? null,
      };
    }),
  );
  await insertRows(
    "accusation_targets",
    targets(accusations, (a) => [linked(a.id), a.accused], actorOf, articleId),
  );

  const denials = parsed.denials.filter((d) => actorOf(d.denier));
  await insertRows(
    "denials",
    denials.map((d) => {
      const denied = span(d.denied);
      return {
        ...item("den", parsed.denials.indexOf(d), d.id, d.evidence, null),
        denier_id: actorOf(d.denier) as string,
        denied_start: denied?.start ?? null,
        denied_end: denied?.end ?? null,
        responds_to: linked(d.respondsTo),
      };
    }),
  );

  const responses = parsed.responses.filter((r) => actorOf(r.actor));
  await insertRows(
    "responses",
    responses.map((r) => {
      const dateText = span(r.date?.text);
      return {
        ...item("rsp", parsed.responses.indexOf(r), r.id, r.evidence, r.date?.value),
        actor_id: actorOf(r.actor) as string,
        type: r.type,
        cameo: r.cameo,
        plover: r.plover ?? null,
        modality: r.modality ?? "done",
        date_value: r.date?.value ?? null,
        date_start: dateText?.start ?? null,
        date_end: dateText?.end ?? null,
        responds_to: linked(r.respondsTo),
      };
    }),
  );
  await insertRows(
    "response_targets",
    targets(responses, (r) => [linked(r.id), r.targets], actorOf, articleId),
  );
}

function targets<T>(
  items: T[],
  parts: (item: T) => [string | null, string[]],
  actorOf: (local: string) => string | null,
  articleId: string,
): Database["accusation_targets"][] {
  const rows = new Map<string, Database["accusation_targets"]>();
  for (const it of items) {
    const [itemId, locals] = parts(it);
    if (!itemId) continue;
    for (const local of locals ?? []) {
      const actorId = actorOf(local);
      if (actorId) rows.set(`${itemId}/${actorId}`, { item_id: itemId, actor_id: actorId, article_id: articleId });
    }
  }
  return [...rows.values()];
}
