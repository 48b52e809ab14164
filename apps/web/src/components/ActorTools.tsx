/**
 * Fixes to an actor the extractor found, for editors: correct its name and other names, or merge
 * a duplicate into the actor it is, on the version they saw; a stale version opens the conflict panel.
 */
import type { ActorDetail } from "@stancemap/schema";
import { createSignal, For, Show } from "solid-js";
import { api, isStale, type VersionedActor } from "../lib/api.js";
import { useApp } from "../lib/state.jsx";
import { ConflictPanel } from "./ConflictPanel.jsx";

type ActorChange =
  | { kind: "rename"; name: string; aliases?: string[] }
  | { kind: "merge"; into: string };

interface ActorConflict {
  change: ActorChange;
  saw: VersionedActor;
  current: VersionedActor;
}

/** One name per line, trimmed, blanks dropped. */
function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function ActorTools(props: {
  detail: ActorDetail;
  /** After a rename, so the page can reload the actor. */
  onRenamed?: () => void;
  /** After a merge: this actor is gone, `into` has its statements. */
  onMerged?: (into: string) => void;
}) {
  const app = useApp();
  const seen = (): VersionedActor => ({ ...props.detail.actor, version: props.detail.version });
  const others = () =>
    (app.catalogue.latest?.actors ?? []).filter((a) => a.id !== props.detail.actor.id);
  const [message, setMessage] = createSignal("");
  const [error, setError] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [conflict, setConflict] = createSignal<ActorConflict | null>(null);

  const describe = (change: ActorChange) =>
    change.kind === "rename"
      ? `rename to “${change.name}”`
      : `merge into “${app.actorName(change.into)}”`;

  const apply = async (change: ActorChange, saw: VersionedActor, version: number) => {
    setError("");
    setMessage("");
    setBusy(true);
    try {
      if (change.kind === "rename") {
        const { kind: _kind, ...rename } = change;
        const renamed = await api.renameActor(saw.id, rename, version);
        setConflict(null);
        setMessage(`Renamed to “${renamed.name}”.`);
        app.refetchCatalogue();
        props.onRenamed?.();
      } else {
        const result = await api.mergeActor(saw.id, change.into, version);
        setConflict(null);
        setMessage(
          `Merged into “${result.actor.name}”: ${result.statementsMoved} statements moved.`,
        );
        app.refetchCatalogue();
        props.onMerged?.(change.into);
      }
    } catch (failure) {
      if (isStale(failure)) {
        setConflict({ change, saw, current: failure.current as VersionedActor });
      } else {
        setError(`Could not save: ${(failure as Error).message}`);
      }
    } finally {
      setBusy(false);
    }
  };

  const start = (change: ActorChange) => {
    if (conflict()) return setError("Reapply your change or keep theirs first.");
    const saw = seen();
    void apply(change, saw, saw.version);
  };

  const rename = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const name = String(form.get("name") ?? "").trim();
    const aliases = lines(String(form.get("aliases") ?? ""));
    if (!name) return setError("An actor needs a name.");
    const changed = aliases.join("\n") !== props.detail.actor.aliases.join("\n");
    start({ kind: "rename", name, ...(changed && { aliases }) });
  };

  const merge = (event: SubmitEvent) => {
    event.preventDefault();
    const into = String(new FormData(event.currentTarget as HTMLFormElement).get("into") ?? "");
    if (!into) return setError("Choose the actor this one is the same as.");
    start({ kind: "merge", into });
  };

  return (
    <Show when={app.can("editor")}>
      <details class="topic-tools actor-tools">
        <summary>Fix this actor</summary>
        <Show when={error()}>
          <p class="state state-error" role="alert">
            {error()}
          </p>
        </Show>
        <output class="message">{message()}</output>
        <Show when={conflict()} keyed>
          {(open) => (
            <ConflictPanel
              what="the actor"
              change={describe(open.change)}
              rows={[
                { label: "Name", saw: open.saw.name, now: open.current.name },
                {
                  label: "Other names",
                  saw: open.saw.aliases.join(", "),
                  now: open.current.aliases.join(", "),
                },
                {
                  label: "Version",
                  saw: String(open.saw.version),
                  now: String(open.current.version),
                },
              ]}
              busy={busy()}
              onReapply={() => void apply(open.change, open.current, open.current.version)}
              onKeep={() => {
                setConflict(null);
                setMessage(`Kept theirs: “${open.current.name}”.`);
                app.refetchCatalogue();
                props.onRenamed?.();
              }}
            />
          )}
        </Show>
        <form class="correction" aria-label="Rename the actor" onSubmit={rename}>
          <label>
            Actor name
            <input name="name" required value={props.detail.actor.name} />
          </label>
          <label>
            Other names, one per line
            <textarea name="aliases" rows="3" value={props.detail.actor.aliases.join("\n")} />
          </label>
          <div class="actions">
            <button type="submit" disabled={busy()}>
              Rename actor
            </button>
          </div>
        </form>
        <form class="correction" aria-label="Merge the actor" onSubmit={merge}>
          <label>
            Same actor as
            <select name="into">
              <option value="">Choose an actor…</option>
              <For each={others()}>{(a) => <option value={a.id}>{a.name}</option>}</For>
            </select>
          </label>
          <div class="actions">
            <button type="submit" disabled={busy()}>
              Merge actor
            </button>
          </div>
        </form>
      </details>
    </Show>
  );
}
