/** Fixes to a topic the extractor induced: rename it (label, proposition) or merge it into another topic. */
import { createSignal, For, Show } from "solid-js";
import { api } from "../lib/api.js";
import { useApp } from "../lib/state.jsx";

export function TopicTools(props: {
  topicId: string;
  /** After a merge, so the caller can move what it shows from `from` to `into`. */
  onMerged?: (from: string, into: string) => void;
}) {
  const app = useApp();
  const topic = () => app.catalogue.latest?.topics.find((t) => t.id === props.topicId);
  const others = () => (app.catalogue.latest?.topics ?? []).filter((t) => t.id !== props.topicId);
  const [message, setMessage] = createSignal("");
  const [error, setError] = createSignal("");
  const [busy, setBusy] = createSignal(false);

  /** Every edit is stored with who made it, as review decisions are. */
  const run = async (work: (actor: string) => Promise<string>) => {
    setError("");
    setMessage("");
    const actor = app.state.reviewer.trim();
    if (!actor) return setError("Enter your name first: every change is stored with who made it.");
    setBusy(true);
    try {
      setMessage(await work(actor));
      app.refetchCatalogue();
    } catch (failure) {
      setError(`Could not save: ${(failure as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const rename = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const label = String(form.get("label") ?? "").trim();
    const proposition = String(form.get("proposition") ?? "").trim();
    if (!label) return setError("A topic needs a label.");
    void run(async (actor) => {
      const renamed = await api.renameTopic(props.topicId, {
        label,
        ...(proposition && proposition !== topic()?.proposition && { proposition }),
        actor,
      });
      return `Renamed to “${renamed.label}”.`;
    });
  };

  const merge = (event: SubmitEvent) => {
    event.preventDefault();
    const into = String(new FormData(event.currentTarget as HTMLFormElement).get("into") ?? "");
    if (!into) return setError("Choose the topic to merge into.");
    const from = props.topicId;
    void run(async (actor) => {
      const result = await api.mergeTopic(from, into, actor);
      props.onMerged?.(from, into);
      return `Merged into “${result.topic.label}”: ${result.statementsMoved} statements moved.`;
    });
  };

  return (
    <details class="topic-tools">
      <summary>Fix this topic</summary>
      <Show when={error()}>
        <p class="state state-error" role="alert">
          {error()}
        </p>
      </Show>
      <output class="message">{message()}</output>
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
  );
}
