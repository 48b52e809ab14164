/** Compare: two or more actors side by side on the topics they speak to, one column per actor. */
import { A, useSearchParams } from "@solidjs/router";
import type { ComparisonTable, Statement } from "@stancemap/schema";
import { createResource, For, Show } from "solid-js";
import { AgreementBadge } from "../components/AgreementBadge.jsx";
import { Loadable } from "../components/Loadable.jsx";
import { QuoteText } from "../components/QuoteText.jsx";
import { api } from "../lib/api.js";
import { STANCE_LABEL } from "../lib/format.js";
import { useApp } from "../lib/state.jsx";

interface Column {
  actorId: string;
  table: ComparisonTable;
}

export function CompareView() {
  const app = useApp();
  const [search, setSearch] = useSearchParams<{ actors?: string }>();
  const chosen = () => (search.actors ?? "").split(",").filter(Boolean);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen(), id] : chosen().filter((a) => a !== id);
    setSearch({ actors: next.length > 0 ? next.join(",") : undefined });
  };
  // One table per actor, so two actors with the same root (a minister and his state) stay apart.
  const [columns] = createResource(
    () => (chosen().length >= 2 ? chosen() : false),
    async (ids): Promise<Column[]> =>
      Promise.all(ids.map(async (actorId) => ({ actorId, table: await api.compare([actorId]) }))),
  );
  const topics = (cols: Column[]) => {
    const count = new Map<string, number>();
    for (const col of cols)
      for (const id of new Set(col.table.rows.map((r) => r.topicId)))
        count.set(id, (count.get(id) ?? 0) + 1);
    // Topics every actor speaks to first: that is what a comparison is for.
    return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  };
  const sourceOf = (table: ComparisonTable, documentId: string) => {
    for (const row of table.rows)
      for (const cell of row.cells)
        if (cell.documentId === documentId) return app.sourceName(cell.sourceId);
    return "";
  };
  return (
    <section>
      <h1>Compare actors</h1>
      <Loadable resource={app.catalogue} what="the actors" isEmpty={(c) => c.actors.length === 0}>
        {(c) => (
          <fieldset class="pick">
            <legend>Choose two or more actors</legend>
            <For each={c.actors.filter((a) => a.statementCount > 0)}>
              {(actor) => (
                <label>
                  <input
                    type="checkbox"
                    checked={chosen().includes(actor.id)}
                    onChange={(e) => toggle(actor.id, e.currentTarget.checked)}
                  />{" "}
                  {actor.name}
                </label>
              )}
            </For>
          </fieldset>
        )}
      </Loadable>
      <Show
        when={chosen().length >= 2}
        fallback={<p class="state state-empty">Pick at least two actors to compare them.</p>}
      >
        <Loadable resource={columns} what="the comparison">
          {(cols) => (
            <div class="grid-wrap">
              <table class="grid">
                <caption>Positions by topic, one column per actor</caption>
                <thead>
                  <tr>
                    <th scope="col">Topic</th>
                    <For each={cols}>
                      {(col) => (
                        <th scope="col">
                          <A href={`/actors/${col.actorId}`}>{app.actorName(col.actorId)}</A>
                        </th>
                      )}
                    </For>
                  </tr>
                </thead>
                <tbody>
                  <For each={topics(cols)}>
                    {(topicId) => (
                      <tr>
                        <th scope="row">{app.topicLabel(topicId)}</th>
                        <For each={cols}>
                          {(col) => {
                            const row = () => col.table.rows.find((r) => r.topicId === topicId);
                            const statements = (): Statement[] =>
                              row()?.cells.flatMap((cell) => cell.statements) ?? [];
                            return (
                              <td data-source={app.actorName(col.actorId)}>
                                <Show when={row()} fallback={<span class="none">no position</span>}>
                                  {(r) => <AgreementBadge agreement={r().agreement} />}
                                </Show>
                                <ul class="plain">
                                  <For each={statements()}>
                                    {(s) => (
                                      <li class="compact">
                                        <span class={`badge stance-${s.stance}`}>
                                          {STANCE_LABEL[s.stance]}
                                        </span>{" "}
                                        <QuoteText statement={s} />{" "}
                                        <A href={`/documents/${s.documentId}?stm=${s.id}`}>
                                          {sourceOf(col.table, s.documentId)}
                                        </A>
                                      </li>
                                    )}
                                  </For>
                                </ul>
                              </td>
                            );
                          }}
                        </For>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          )}
        </Loadable>
      </Show>
    </section>
  );
}
