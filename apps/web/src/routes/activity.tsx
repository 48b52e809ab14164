/** Activity: the audit trail, newest first: every ingest, review, rename and merge with who and when. */
import { A } from "@solidjs/router";
import type { AuditEvent } from "@stancemap/schema";
import { createResource, createSignal, For, Show } from "solid-js";
import { Loadable } from "../components/Loadable.jsx";
import { api } from "../lib/api.js";
import { formatTimestamp } from "../lib/format.js";
import { useApp } from "../lib/state.jsx";

const ACTION_LABEL: Record<AuditEvent["action"], string> = {
  ingest: "ingested",
  review: "reviewed",
  rename_topic: "renamed a topic",
  merge_topics: "merged topics",
  rename_actor: "renamed an actor",
  merge_actors: "merged actors",
  create_user: "created a user",
  update_user: "changed a user",
  delete_user: "deleted a user",
  create_token: "created a token",
  revoke_token: "revoked a token",
};

export function ActivityView() {
  const app = useApp();
  const [first] = createResource(() => api.audit({ limit: 50 }));
  const [more, setMore] = createSignal<AuditEvent[]>([]);
  const [cursor, setCursor] = createSignal<string | null | undefined>(undefined);
  const [error, setError] = createSignal("");
  const next = () => (cursor() === undefined ? (first.latest?.nextCursor ?? null) : cursor());

  const loadMore = async () => {
    const from = next();
    if (!from) return;
    try {
      const page = await api.audit({ limit: 50, cursor: from });
      setMore((events) => [...events, ...page.items]);
      setCursor(page.nextCursor);
    } catch (failure) {
      setError(`Could not load more: ${(failure as Error).message}`);
    }
  };

  const record = (event: AuditEvent) => {
    switch (event.entityType) {
      case "actor":
        return <A href={`/actors/${event.entityId}`}>{app.actorName(event.entityId)}</A>;
      case "document":
        return <A href={`/documents/${event.entityId}`}>{event.entityId}</A>;
      case "topic":
        return <>{app.topicLabel(event.entityId)}</>;
      default:
        return <code>{event.entityId}</code>;
    }
  };

  return (
    <section>
      <h1>Activity</h1>
      <p class="meta">Every write, newest first. The trail is append-only.</p>
      <Loadable
        resource={first}
        what="the activity"
        isEmpty={(page) => page.items.length === 0}
        empty="Nothing has happened yet."
      >
        {(page) => (
          <div class="grid-wrap">
            <table class="list audit">
              <caption>Audit events</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Record</th>
                </tr>
              </thead>
              <tbody>
                <For each={[...page.items, ...more()]}>
                  {(event) => (
                    <tr>
                      <td>
                        <time datetime={event.at}>{formatTimestamp(event.at)}</time>
                      </td>
                      <td>{event.actor}</td>
                      <td>{ACTION_LABEL[event.action] ?? event.action}</td>
                      <td>
                        {event.entityType} {record(event)}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Loadable>
      <Show when={error()}>
        <p class="state state-error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={next()}>
        <p>
          <button type="button" onClick={() => void loadMore()}>
            Show older events
          </button>
        </p>
      </Show>
    </section>
  );
}
