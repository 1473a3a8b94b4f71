"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type Annotation, KIND_LABEL } from "@/lib/annotations";
import { type ArticleView, PANEL_ORDER, type PanelItem } from "@/lib/article-view";
import { ArticleText, scrollToItem } from "./article-text";

interface Props {
  view: ArticleView;
  /** The item to show first (from the URL), e.g. the accusation the analyst followed here. */
  initialItemId?: string | null;
  /** Told about every selection, so the page can keep it in the URL. */
  onSelectItem?: (id: string) => void;
}

/** The article's text beside its items: a highlight opens its item, an item scrolls to its words. */
export function ArticleReader({ view, initialItemId = null, onSelectItem }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(initialItemId);
  const textRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(view.items.map((item) => [item.id, item])), [view.items]);
  const groups = useMemo(
    () =>
      PANEL_ORDER.map((kind) => ({ kind, items: view.items.filter((item) => item.kind === kind) })).filter(
        (group) => group.items.length > 0,
      ),
    [view.items],
  );
  const selected = selectedId ? byId.get(selectedId) : undefined;

  const selectedRef = useRef(selectedId);
  const select = useCallback(
    (id: string) => {
      selectedRef.current = id;
      setSelectedId(id);
      onSelectItem?.(id);
    },
    [onSelectItem],
  );

  // An item named from outside (the URL, a link in the panel) is selected and its words scrolled to.
  const mountedRef = useRef(false);
  useEffect(() => {
    const first = !mountedRef.current;
    mountedRef.current = true;
    if (!initialItemId || (!first && initialItemId === selectedRef.current)) return;
    selectedRef.current = initialItemId;
    setSelectedId(initialItemId);
    scrollToItem(textRef.current, initialItemId);
  }, [initialItemId]);

  const onHighlight = useCallback(
    (annotation: Annotation) => {
      select(annotation.itemId);
      const row = panelRef.current?.querySelector(`[data-item="${CSS.escape(annotation.itemId)}"]`);
      row?.scrollIntoView({ behavior: "smooth", block: "nearest" });
    },
    [select],
  );

  const onItem = (item: PanelItem) => {
    select(item.id);
    scrollToItem(textRef.current, item.id);
  };

  return (
    <div className="article-layout">
      <div ref={textRef}>
        <ul className="kind-key" aria-label="Highlight colours">
          {PANEL_ORDER.map((kind) => (
            <li key={kind}>
              <mark className={`hl hl-${kind}`}>{KIND_LABEL[kind]}</mark>
            </li>
          ))}
        </ul>
        <ArticleText
          text={view.text}
          paragraphs={view.paragraphs}
          annotations={view.annotations}
          selectedItemId={selectedId}
          onSelect={onHighlight}
        />
      </div>
      <aside className="side-panel" ref={panelRef} aria-label="Items found in the article">
        {selected ? <ItemDetail item={selected} /> : <p className="muted">Click a highlight or an item.</p>}
        {groups.length === 0 ? <p className="muted">The parser found no actors, claims or events here.</p> : null}
        {groups.map((group) => (
          <section key={group.kind}>
            <h3>
              {KIND_LABEL[group.kind]}s ({group.items.length})
            </h3>
            <ul className="item-list">
              {group.items.map((item) => (
                <li key={item.id} data-item={item.id} className={item.id === selectedId ? "is-selected" : undefined}>
                  <button type="button" onClick={() => onItem(item)} aria-pressed={item.id === selectedId}>
                    <strong>{item.title}</strong>
                    {item.kind !== "actor" ? (
                      <>
                        {" "}
                        <span className="evidence">{item.evidence}</span>
                      </>
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </aside>
    </div>
  );
}

function ItemDetail({ item }: { item: PanelItem }) {
  return (
    <div className="item-detail" aria-live="polite" data-selected-item={item.id}>
      <p className="muted">{KIND_LABEL[item.kind]}</p>
      <h2>{item.title}</h2>
      <p className="evidence">{item.evidence}</p>
      {item.facts.length > 0 ? (
        <p>
          {item.facts.map((fact) => (
            <span key={fact} className={`badge badge-${fact}`}>
              {fact}
            </span>
          ))}
        </p>
      ) : null}
      {item.links.length > 0 ? (
        <ul>
          {item.links.map((link) => (
            <li key={`${link.href}${link.label}`}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
