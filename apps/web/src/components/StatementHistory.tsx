/** A statement's review history: every decision with who and when. */
import { createResource, For } from "solid-js";
import { api } from "../lib/api.js";
import { formatTimestamp } from "../lib/format.js";
import { Loadable } from "./Loadable.jsx";

export function StatementHistory(props: { statementId: string; version?: number }) {
  const [history] = createResource(
    () => ({ id: props.statementId, version: props.version ?? 0 }),
    ({ id }) => api.history(id),
  );
  return (
    <section class="history" aria-label="Review history">
      <h3>History</h3>
      <Loadable
        resource={history}
        what="the history"
        isEmpty={(h) => h.decisions.length === 0}
        empty="Not reviewed yet."
      >
        {(h) => (
          <ol class="plain">
            <For each={h.decisions}>
              {(d) => (
                <li class="decision">
                  <strong>{d.action}</strong> by {d.reviewer} at{" "}
                  <time datetime={d.decidedAt}>{formatTimestamp(d.decidedAt)}</time>
                  {d.correction && (
                    <span class="correction">
                      {" "}
                      ({Object.keys(d.correction).join(", ")} corrected)
                    </span>
                  )}
                  {d.note && <span class="note"> — {d.note}</span>}
                </li>
              )}
            </For>
          </ol>
        )}
      </Loadable>
    </section>
  );
}
