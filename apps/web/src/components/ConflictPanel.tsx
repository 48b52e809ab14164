/**
 * A stale write (412): someone changed the record after it was read. Shows what the person saw
 * next to what is stored now, field by field, and lets them reapply their change or keep theirs.
 */
import { createUniqueId, For, onMount } from "solid-js";

export interface ConflictRow {
  /** The field's name: "Status", "Holder". */
  label: string;
  saw: string;
  now: string;
}

export function ConflictPanel(props: {
  /** What changed under them: "this statement", "the topic". */
  what: string;
  /** The change they tried to make, in words: "accept", "rename to “Talks”". */
  change: string;
  rows: ConflictRow[];
  /** The reapply button's words (default "Reapply my change"). */
  reapplyLabel?: string;
  busy?: boolean;
  onReapply: () => void;
  onKeep: () => void;
}) {
  const id = createUniqueId();
  let heading: HTMLHeadingElement | undefined;
  // Keyboard and screen-reader users land on the choice they now have to make.
  onMount(() => heading?.focus());
  return (
    <section class="conflict" aria-labelledby={`conflict-${id}`}>
      <h3 id={`conflict-${id}`} ref={heading} tabindex="-1">
        Someone changed {props.what} while you were working
      </h3>
      <p role="alert">
        Your change ({props.change}) was not saved: {props.what} is no longer what you saw. Compare,
        then reapply your change on top of theirs or keep theirs.
      </p>
      <table class="conflict-table">
        <caption>What you saw and what is stored now</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">What you saw</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr classList={{ changed: row.saw !== row.now }}>
                <th scope="row">
                  {row.label}
                  {row.saw !== row.now && <span class="badge changed-badge">changed</span>}
                </th>
                <td>{row.saw}</td>
                <td>{row.now}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <div class="actions">
        <button type="button" disabled={props.busy} onClick={() => props.onReapply()}>
          {props.reapplyLabel ?? "Reapply my change"}
        </button>
        <button type="button" disabled={props.busy} onClick={() => props.onKeep()}>
          Keep theirs
        </button>
      </div>
    </section>
  );
}
