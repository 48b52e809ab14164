/** Search across statements and documents; the words and every filter live in the URL. */
import { A, useSearchParams } from "@solidjs/router";
import type { SearchResults, Statement } from "@stancemap/schema";
import { createResource, For, Show } from "solid-js";
import { Loadable } from "../components/Loadable.jsx";
import { StatementCard } from "../components/StatementCard.jsx";
import { api, type StatementFilters } from "../lib/api.js";
import { MODE_LABEL, REVIEW_LABEL, STANCE_LABEL } from "../lib/format.js";
import { useApp } from "../lib/state.jsx";

type Params = {
  q?: string;
  topic?: string;
  source?: string;
  from?: string;
  to?: string;
  mode?: string;
  stance?: string;
  reviewStatus?: string;
};
const FILTERS = ["topic", "source", "from", "to", "mode", "stance", "reviewStatus"] as const;

interface Found {
  statements: Statement[];
  documents: SearchResults["documents"];
  actors: SearchResults["actors"];
}

async function find(params: Params): Promise<Found | null> {
  const filters: StatementFilters = { limit: 500 };
  for (const key of FILTERS) if (params[key]) Object.assign(filters, { [key]: params[key] });
  const filtered = Object.keys(filters).length > 1;
  if (!params.q && !filtered) return null;
  if (!params.q) {
    return { statements: (await api.statements(filters)).items, documents: [], actors: [] };
  }
  const [results, page] = await Promise.all([
    api.search(params.q),
    filtered ? api.statements(filters) : Promise.resolve(null),
  ]);
  // Search ranks, the statements route filters: keep the ranked hits that pass every filter.
  const allowed = page && new Set(page.items.map((s) => s.id));
  return {
    statements: results.statements.filter((s) => !allowed || allowed.has(s.id)),
    documents: filtered ? [] : results.documents,
    actors: filtered ? [] : results.actors,
  };
}

export function SearchView() {
  const app = useApp();
  const [params, setParams] = useSearchParams<Params>();
  const [found] = createResource(() => ({ ...params }), find);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next: Record<string, string | undefined> = {};
    for (const key of ["q", ...FILTERS])
      next[key] = String(form.get(key) ?? "").trim() || undefined;
    setParams(next);
  };
  const select = (name: string, label: string, options: Record<string, string>) => (
    <label>
      {label}
      <select name={name} value={params[name as keyof Params] ?? ""}>
        <option value="">any</option>
        <For each={Object.entries(options)}>{([v, l]) => <option value={v}>{l}</option>}</For>
      </select>
    </label>
  );
  return (
    <section>
      <h1>Search</h1>
      <form class="filters" aria-label="Search statements and documents" onSubmit={submit}>
        <label class="wide">
          Words
          <input name="q" type="search" value={params.q ?? ""} placeholder="e.g. ceasefire" />
        </label>
        {select(
          "source",
          "Source",
          Object.fromEntries((app.catalogue.latest?.sources ?? []).map((s) => [s.id, s.name])),
        )}
        {select(
          "topic",
          "Topic",
          Object.fromEntries((app.catalogue.latest?.topics ?? []).map((t) => [t.id, t.label])),
        )}
        <label>
          From
          <input
            name="from"
            value={params.from ?? ""}
            placeholder="2025-01"
            pattern="\d{4}(-\d\d){0,2}"
          />
        </label>
        <label>
          To
          <input
            name="to"
            value={params.to ?? ""}
            placeholder="2025-12-31"
            pattern="\d{4}(-\d\d){0,2}"
          />
        </label>
        {select("mode", "Mode", MODE_LABEL)}
        {select("stance", "Stance", STANCE_LABEL)}
        {select("reviewStatus", "Review status", REVIEW_LABEL)}
        <button type="submit">Search</button>
      </form>
      <Loadable resource={found} what="the results">
        {(result) => (
          <Show
            when={result}
            fallback={<p class="state state-empty">Type some words or choose a filter.</p>}
          >
            {(r) => (
              <div class="results">
                <Show when={r().actors.length > 0}>
                  <h2>Actors</h2>
                  <ul class="plain">
                    <For each={r().actors}>
                      {(a) => (
                        <li>
                          <A href={`/actors/${a.id}`}>{a.name}</A>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
                <h2>Statements ({r().statements.length})</h2>
                <Show
                  when={r().statements.length > 0}
                  fallback={<p class="state state-empty">No statement matches.</p>}
                >
                  <ul class="plain cards">
                    <For each={r().statements}>
                      {(s) => (
                        <li>
                          <p class="holder">
                            <A href={`/actors/${s.holderId}`}>{app.actorName(s.holderId)}</A>
                          </p>
                          <StatementCard statement={s} topic={app.topicLabel(s.topicId)} />
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
                <Show when={r().documents.length > 0}>
                  <h2>Documents</h2>
                  <ul class="plain">
                    <For each={r().documents}>
                      {(d) => (
                        <li>
                          <A href={`/documents/${d.id}`}>{d.title ?? d.origin}</A> —{" "}
                          {app.sourceName(d.sourceId)}, {d.publishedAt ?? "date unknown"}
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </div>
            )}
          </Show>
        )}
      </Loadable>
    </section>
  );
}
