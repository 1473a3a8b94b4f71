"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import type { PreviewResult } from "@/app/api/preview/route";
import { formatOfFile, type IngestDocument, type InputFormat, splitInput } from "@/lib/ingest-input";
import { itemHref } from "@/lib/item-href";
import { ingestDocument } from "@/queries/ingest";
import { DropZone } from "./drop-zone";
import { PreviewList } from "./preview-list";

interface Source {
  name: string;
  content: string;
  format: InputFormat;
}

type Saved =
  | { name: string; ok: true; id: string; title: string | null; status: string }
  | { name: string; ok: false; message: string };

async function fetchPreview(documents: IngestDocument[]): Promise<{ results: PreviewResult[]; omitted: number }> {
  const response = await fetch("/api/preview", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ documents }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok || !body) throw new Error(body?.error ?? `preview failed (${response.status})`);
  return body;
}

async function saveAll(documents: IngestDocument[]): Promise<Saved[]> {
  const saved: Saved[] = [];
  // One at a time: the API parses each, and a big JSONL should not flood it.
  for (const document of documents) {
    try {
      const result = (await ingestDocument(document)).ingestArticle;
      if (result?.__typename === "IngestArticleSuccess" && result.article?.id) {
        saved.push({
          name: document.name,
          ok: true,
          id: result.article.id,
          title: result.article.title ?? null,
          status: result.status ?? "",
        });
      } else if (result?.__typename === "IngestArticleError") {
        saved.push({ name: document.name, ok: false, message: `${result.message} (${result.code})` });
      } else {
        saved.push({ name: document.name, ok: false, message: "the API gave no result" });
      }
    } catch (error) {
      saved.push({ name: document.name, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return saved;
}

export function IngestClient() {
  const queryClient = useQueryClient();
  const [source, setSource] = useState<Source>({ name: "pasted text", content: "", format: "auto" });
  const [readError, setReadError] = useState<string | null>(null);
  const split = splitInput(source.name, source.content, source.format);
  const preview = useMutation({ mutationFn: fetchPreview });
  const save = useMutation({
    mutationFn: saveAll,
    // Every view's counts may have changed.
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const reset = (next: Source) => {
    setSource(next);
    preview.reset();
    save.reset();
  };
  const onFile = async (file: File) => {
    setReadError(null);
    if (file.size > 20_000_000) {
      setReadError(`${file.name} is too large (over 20 MB).`);
      return;
    }
    try {
      reset({ name: file.name, content: await file.text(), format: formatOfFile(file.name) });
    } catch {
      setReadError(`${file.name} could not be read.`);
    }
  };
  const errors = source.content.trim() ? split.errors : [];
  return (
    <>
      <h1>Ingest an article</h1>
      <DropZone onFile={onFile} />
      <form
        className="ingest-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (split.documents.length) preview.mutate(split.documents);
        }}
      >
        <label htmlFor="ingest-text">
          Or paste an article (text, HTML or a JSON record)
          {source.name !== "pasted text" ? ` — from ${source.name}` : ""}
        </label>
        <textarea
          id="ingest-text"
          value={source.content}
          onChange={(event) =>
            reset({
              name: "pasted text",
              content: event.target.value,
              format: source.name === "pasted text" ? source.format : "auto",
            })
          }
        />
        <label>
          Format{" "}
          <select
            value={source.format}
            onChange={(event) => reset({ ...source, format: event.target.value as InputFormat })}
          >
            <option value="auto">guess</option>
            <option value="text">plain text</option>
            <option value="html">HTML page</option>
            <option value="record">JSON record(s)</option>
            <option value="jsonl">JSON lines</option>
          </select>
        </label>
        <div className="actions">
          <button type="submit" disabled={split.documents.length === 0 || preview.isPending}>
            {preview.isPending ? "Parsing…" : "Preview"}
          </button>
          <button
            type="button"
            disabled={split.documents.length === 0 || save.isPending}
            onClick={() => save.mutate(split.documents)}
          >
            {save.isPending
              ? "Saving…"
              : `Save ${split.documents.length > 1 ? `${split.documents.length} articles` : "article"}`}
          </button>
          <button type="button" onClick={() => reset({ name: "pasted text", content: "", format: "auto" })}>
            Clear
          </button>
        </div>
      </form>
      {readError || errors.length > 0 || preview.isError ? (
        <div className="error-box" role="alert">
          {readError ? <p>{readError}</p> : null}
          {errors.map((error) => (
            <p key={error.name}>
              {error.name}: {error.message}
            </p>
          ))}
          {preview.isError ? <p>Preview failed: {preview.error.message}</p> : null}
        </div>
      ) : null}
      {save.data ? (
        <section aria-labelledby="saved-heading">
          <h2 id="saved-heading">Saved</h2>
          <ul className="item-list">
            {save.data.map((saved, index) => (
              <li key={`${saved.name}-${index}`} data-saved={saved.ok ? "ok" : "error"}>
                {saved.ok ? (
                  <>
                    {saved.status.toLowerCase()}:{" "}
                    <Link href={itemHref(saved.id, null) ?? "#"}>{saved.title ?? saved.name}</Link>
                  </>
                ) : (
                  <span className="chart-error" role="alert">
                    {saved.name}: {saved.message}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview.data ? <PreviewList results={preview.data.results} omitted={preview.data.omitted} /> : null}
    </>
  );
}
