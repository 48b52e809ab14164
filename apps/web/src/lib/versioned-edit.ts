/**
 * The edit-on-a-version flow every editing tool shares: send a change on the version the editor
 * saw; on 412 hold the change with both versions for the conflict panel, to reapply on the current
 * version or drop; report the outcome as a message or an error.
 */
import { createSignal } from "solid-js";
import { isStale } from "./api.js";

export interface Conflict<C, R> {
  change: C;
  saw: R;
  current: R;
}

/** `send` writes one change on `version` and returns the message to show when it worked. */
export function createVersionedEdit<C, R extends { version: number }>(
  send: (change: C, version: number) => Promise<string>,
) {
  const [message, setMessage] = createSignal("");
  const [error, setError] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [conflict, setConflict] = createSignal<Conflict<C, R> | null>(null);

  const apply = async (change: C, saw: R, version: number) => {
    setError("");
    setMessage("");
    setBusy(true);
    try {
      const done = await send(change, version);
      setConflict(null);
      setMessage(done);
    } catch (failure) {
      if (isStale(failure)) setConflict({ change, saw, current: failure.current as R });
      else setError(`Could not save: ${(failure as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return {
    message,
    setMessage,
    error,
    setError,
    busy,
    conflict,
    /** A new change on the version the editor saw; refused while a conflict waits for a choice. */
    start(change: C, saw: R) {
      if (conflict()) return setError("Reapply your change or keep theirs first.");
      void apply(change, saw, saw.version);
    },
    /** Sends the held change again, on the version that is stored now. */
    reapply(open: Conflict<C, R>) {
      void apply(open.change, open.current, open.current.version);
    },
    /** Drops the held change in favour of what is stored. */
    keepTheirs(text: string) {
      setConflict(null);
      setMessage(text);
    },
  };
}
