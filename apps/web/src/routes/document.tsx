/** Document: the article with every evidence span highlighted and boilerplate dimmed; a highlight opens its statement. */
import { A, useParams, useSearchParams } from "@solidjs/router";
import { createEffect, createResource, For, on, Show } from "solid-js";
import { ArticleText } from "../components/ArticleText.jsx";
import { Loadable } from "../components/Loadable.jsx";
import { StatementCard } from "../components/StatementCard.jsx";
import { StatementHistory } from "../components/StatementHistory.jsx";
import { api } from "../lib/api.js";
import { useApp } from "../lib/state.jsx";

export function DocumentView() {
  const app = useApp();
  const params = useParams<{ id: string }>();
  const [search, setSearch] = useSearchParams<{ stm?: string }>();
  const [detail] = createResource(() => params.id, api.document);
  const selected = () => detail.latest?.statements.find((s) => s.id === search.stm);

  // Arriving from "show in article" (or a click): bring the span into view and give it focus.
  createEffect(
    on([() => search.stm, () => detail.latest], ([id, loaded]) => {
      if (!id || !loaded) return;
      queueMicrotask(() => {
        const anchor = document.getElementById(`span-${id}`);
        anchor?.scrollIntoView({ block: "center" });
        anchor?.focus({ preventScroll: true });
      });
    }),
  );

  return (
    <Loadable resource={detail} what="the document">
      {(d) => (
        <section class="document">
          <h1>{d.document.title ?? d.document.origin}</h1>
          <p class="meta">
            {app.sourceName(d.document.sourceId)} · {d.document.publishedAt ?? "date unknown"} ·{" "}
            {d.document.language ?? "language unknown"}
            <Show when={d.document.url}>
              {(url) => (
                <>
                  {" "}
                  · <a href={url()}>original</a>
                </>
              )}
            </Show>
            <Show when={!d.current}> · superseded by a newer version</Show>
          </p>
          <p class="legend">
            <span class="hl">Highlighted</span>: evidence of a statement (select it to see the
            statement). <span class="boilerplate">Dimmed</span>: boilerplate, never a source of
            statements.
          </p>
          <div class="document-layout">
            <ArticleText
              text={d.document.text}
              excluded={d.document.excluded}
              spans={d.statements.map((s) => ({ id: s.id, ...s.evidence }))}
              selectedId={search.stm}
              hrefFor={(id) => `/documents/${d.document.id}?stm=${id}`}
              onSelect={(id) => setSearch({ stm: id })}
            />
            <aside class="panel" aria-label="Selected statement">
              <Show
                when={selected()}
                fallback={
                  <p class="state state-empty">
                    {d.statements.length === 0
                      ? "No statements were found in this document."
                      : "Select a highlight to see its statement."}
                  </p>
                }
              >
                {(s) => (
                  <>
                    <h2>
                      <A href={`/actors/${s().holderId}`}>{app.actorName(s().holderId)}</A> on{" "}
                      {app.topicLabel(s().topicId)}
                    </h2>
                    <StatementCard statement={s()} publishedAt={d.document.publishedAt} />
                    <StatementHistory statementId={s().id} />
                  </>
                )}
              </Show>
            </aside>
          </div>
          <h2>Statements in this document</h2>
          <Show when={d.statements.length > 0} fallback={<p class="state state-empty">None.</p>}>
            <ol class="statement-list">
              <For each={d.statements}>
                {(s) => (
                  <li classList={{ current: s.id === search.stm }}>
                    <A href={`/documents/${d.document.id}?stm=${s.id}`}>
                      {app.actorName(s.holderId)} — {app.topicLabel(s.topicId)}
                    </A>{" "}
                    <span class={`badge review-${s.reviewStatus}`}>{s.reviewStatus}</span>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </section>
      )}
    </Loadable>
  );
}
