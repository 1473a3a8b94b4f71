"use client";

import { useFilters } from "@/hooks/use-filters";

interface Props {
  /** Offer the accusation category filter too. */
  withCategory?: boolean;
}

/** The date range (and category) as a form whose state is the URL. */
export function FilterBar({ withCategory = false }: Props) {
  const { filters, setFilters } = useFilters();
  return (
    <form
      // Re-read the URL when it changes (back button, a shared link).
      key={`${filters.from}|${filters.to}|${filters.category}`}
      className="filter-bar"
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const value = (key: string) => String(data.get(key) ?? "").trim() || null;
        setFilters({ from: value("from"), to: value("to"), ...(withCategory ? { category: value("category") } : {}) });
      }}
    >
      <label>
        From
        <input type="date" name="from" defaultValue={filters.from ?? ""} />
      </label>
      <label>
        To
        <input type="date" name="to" defaultValue={filters.to ?? ""} />
      </label>
      {withCategory ? (
        <label>
          Category
          <input type="text" name="category" placeholder="any" defaultValue={filters.category ?? ""} />
        </label>
      ) : null}
      <button type="submit">Apply</button>
      {filters.from || filters.to || filters.category ? (
        <button type="button" onClick={() => setFilters({ from: null, to: null, category: null })}>
          Clear
        </button>
      ) : null}
    </form>
  );
}
