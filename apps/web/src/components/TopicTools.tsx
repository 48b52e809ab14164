/**
 * Fixes to a topic the extractor induced, for editors: rename it (label, proposition) or merge it
 * into another topic, on the version they saw; a stale version opens the conflict panel.
 */
import { For, Show } from "solid-js";
import { api, type VersionedTopic } from "../lib/api.js";
import { useApp } from "../lib/state.jsx";
import { createVersionedEdit } from "../lib/versioned-edit.js";
import { ConflictPanel } from "./ConflictPanel.jsx";

type TopicChange =
  | { kind: "rename"; label: string; proposition?: string }
  | { kind: "merge"; into: string };

export function TopicTools(props: {
  topicId: string;
  /** After a merge, so the caller can move what it shows from `from` to `into`. */
  onMerged?: (from: string, into: string) => void;
}) {
  const app = useApp();
  const topic = () => app.catalogue.latest?.topics.find((t) => t.id === props.topicId);
  const others = () => (app.catalogue.latest?.topics ?? []).filter((t) => t.id !== props.topicId);
  const edit = createVersionedEdit<TopicChange, VersionedTopic>(async (change, version) => {
    if (change.kind === "rename") {
      const { kind: _kind, ...rename } = change;
      const renamed = await api.renameTopic(props.topicId, rename, version);
      app.refetchCatalogue();
      return `Renamed to “${renamed.label}”.`;
    }
    const result = await api.mergeTopic(props.topicId, change.into, version);
    props.onMerged?.(props.topicId, change.into);
    app.refetchCatalogue();
    return `Merged into “${result.topic.label}”: ${result.statementsMoved} statements moved.`;
  });
  const { message, error, setError, busy, conflict } = edit;

  const describe = (change: TopicChange) =>
    change.kind === "rename"
      ? `rename to “${change.label}”`
      : `merge into “${app.topicLabel(change.into)}”`;

  const start = (change: TopicChange) => {
    const saw = topic();
    if (!saw) return setError("This topic is not in the catalogue any more; reload the page.");
    edit.start(change, saw);
  };

  const rename = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const label = String(form.get("label") ?? "").trim();
    const proposition = String(form.get("proposition") ?? "").trim();
    if (!label) return setError("A topic needs a label.");
    start({
      kind: "rename",
      label,
      ...(proposition && proposition !== topic()?.proposition && { proposition }),
    });
  };

  const merge = (event: SubmitEvent) => {
    event.preventDefault();
    const into = String(new FormData(event.currentTarget as HTMLFormElement).get("into") ?? "");
    if (!into) return setError("Choose the topic to merge into.");
    start({ kind: "merge", into });
  };

  return (
    <Show when={app.can("editor")}>
      <details class="topic-tools">
        <summary>Fix this topic</summary>
        <Show when={error()}>
          <p class="state state-error" role="alert">
            {error()}
          </p>
        </Show>
        <output class="message">{message()}</output>
        <Show when={conflict()} keyed>
          {(open) => (
            <ConflictPanel
              what="the topic"
              change={describe(open.change)}
              rows={[
                { label: "Label", saw: open.saw.label, now: open.current.label },
                {
                  label: "Proposition",
                  saw: open.saw.proposition,
                  now: open.current.proposition,
                },
                {
                  label: "Version",
                  saw: String(open.saw.version),
                  now: String(open.current.version),
                },
              ]}
              busy={busy()}
              onReapply={() => edit.reapply(open)}
              onKeep={() => {
                edit.keepTheirs(`Kept theirs: “${open.current.label}”.`);
                app.refetchCatalogue();
              }}
            />
          )}
        </Show>
        <form class="correction" aria-label="Rename the topic" onSubmit={rename}>
          <label>
            Topic label
            <input name="label" required value={topic()?.label ?? ""} />
          </label>
          <label>
            Proposition
            <input name="proposition" value={topic()?.proposition ?? ""} />
          </label>
          <div class="actions">
            <button type="submit" disabled={busy()}>
              Rename topic
            </button>
          </div>
        </form>
        <form class="correction" aria-label="Merge the topic" onSubmit={merge}>
          <label>
            Merge into
            <select name="into">
              <option value="">Choose a topic…</option>
              <For each={others()}>{(t) => <option value={t.id}>{t.label}</option>}</For>
            </select>
          </label>
          <div class="actions">
            <button type="submit" disabled={busy()}>
              Merge topic
            </button>
          </div>
        </form>
      </details>
    </Show>
  );
}
