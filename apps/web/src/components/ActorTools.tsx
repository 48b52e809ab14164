/**
 * Fixes to an actor the extractor found, for editors: correct its name and other names, or merge
 * a duplicate into the actor it is, on the version they saw; a stale version opens the conflict panel.
 */
import type { ActorDetail } from "@stancemap/schema";
import { For, Show } from "solid-js";
import { api, type VersionedActor } from "../lib/api.js";
import { useApp } from "../lib/state.jsx";
import { createVersionedEdit } from "../lib/versioned-edit.js";
import { ConflictPanel } from "./ConflictPanel.jsx";

type ActorChange =
  | { kind: "rename"; name: string; aliases?: string[] }
  | { kind: "merge"; into: string };

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
  const edit = createVersionedEdit<ActorChange, VersionedActor>(async (change, version) => {
    const id = props.detail.actor.id;
    if (change.kind === "rename") {
      const { kind: _kind, ...rename } = change;
      const renamed = await api.renameActor(id, rename, version);
      app.refetchCatalogue();
      props.onRenamed?.();
      return `Renamed to “${renamed.name}”.`;
    }
    const result = await api.mergeActor(id, change.into, version);
    app.refetchCatalogue();
    props.onMerged?.(change.into);
    return `Merged into “${result.actor.name}”: ${result.statementsMoved} statements moved.`;
  });
  const { message, error, setError, busy, conflict } = edit;

  const describe = (change: ActorChange) =>
    change.kind === "rename"
      ? `rename to “${change.name}”`
      : `merge into “${app.actorName(change.into)}”`;

  const start = (change: ActorChange) => edit.start(change, seen());

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
              onReapply={() => edit.reapply(open)}
              onKeep={() => {
                edit.keepTheirs(`Kept theirs: “${open.current.name}”.`);
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
