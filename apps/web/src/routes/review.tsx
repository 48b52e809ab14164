/**
 * Review: a queue of statements by review status; accept, reject or correct, with j/k/a/r/e on the
 * keyboard, as the signed-in reviewer, on the version they saw (a stale one opens a conflict panel).
 */
import { A, useSearchParams } from "@solidjs/router";
import type {
  ReviewRequest,
  Statement,
  StatementCorrection,
  StatementRecord,
} from "@stancemap/schema";
import {
  createEffect,
  createResource,
  createSignal,
  For,
  on,
  onCleanup,
  onMount,
  Show,
} from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { ConflictPanel, type ConflictRow } from "../components/ConflictPanel.jsx";
import { Loadable } from "../components/Loadable.jsx";
import { StatementCard } from "../components/StatementCard.jsx";
import { StatementHistory } from "../components/StatementHistory.jsx";
import { TopicTools } from "../components/TopicTools.jsx";
import { api, isStale } from "../lib/api.js";
import { REVIEW_LABEL, STANCE_LABEL } from "../lib/format.js";
import { evidenceAt } from "../lib/segments.js";
import { useApp } from "../lib/state.jsx";

const STATUSES = ["unreviewed", "accepted", "rejected", "corrected"] as const;
const STANCES = Object.keys(STANCE_LABEL) as Statement["stance"][];

/** Keys typed into a form field belong to the field, not to the shortcuts. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest("input, select, textarea, button");
}

/** A decision the server refused as stale, kept until the reviewer reapplies it or keeps theirs. */
interface Conflict {
  statementId: string;
  action: ReviewRequest["action"];
  correction?: StatementCorrection;
  saw: StatementRecord;
  current: StatementRecord;
}

const ACTION_WORD: Record<ReviewRequest["action"], string> = {
  accept: "accept",
  reject: "reject",
  correct: "your correction",
};

export function ReviewView() {
  const app = useApp();
  const [search, setSearch] = useSearchParams<{ status?: string }>();
  const status = () =>
    (STATUSES as readonly string[]).includes(search.status ?? "")
      ? (search.status as Statement["reviewStatus"])
      : "unreviewed";
  const [queue] = createResource(status, (reviewStatus) =>
    api.statements({ reviewStatus, limit: 200 }),
  );
  const [items, setItems] = createStore<StatementRecord[]>([]);
  createEffect(() => setItems(reconcile(queue.latest?.items ?? [])));
  const [index, setIndex] = createSignal(0);
  const [editing, setEditing] = createSignal(false);
  const [message, setMessage] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [conflict, setConflict] = createSignal<Conflict | null>(null);
  const [version, setVersion] = createSignal(0);
  createEffect(on(status, () => setIndex(0)));
  const current = () => items[index()];
  const mayReview = () => app.can("reviewer");

  const move = (delta: number) => {
    setEditing(false);
    setConflict(null);
    setIndex((i) => Math.max(0, Math.min(items.length - 1, i + delta)));
    document.getElementById(`queue-${current()?.id}`)?.scrollIntoView({ block: "nearest" });
  };

  const replace = (record: StatementRecord) => {
    const at = items.findIndex((item) => item.id === record.id);
    if (at >= 0) setItems(at, record);
  };

  /** Sends one decision on the version the reviewer saw; a stale version opens the conflict panel. */
  const send = async (
    saw: StatementRecord,
    action: ReviewRequest["action"],
    correction: StatementCorrection | undefined,
    expected: number,
  ): Promise<boolean> => {
    setBusy(true);
    try {
      const result = await api.review(
        saw.id,
        { action, ...(correction && { correction }) },
        expected,
      );
      replace({ ...result.statement, version: result.version });
      setVersion((v) => v + 1);
      setEditing(false);
      setConflict(null);
      setMessage(`${REVIEW_LABEL[result.statement.reviewStatus]}: ${saw.id}`);
      return true;
    } catch (error) {
      if (isStale(error)) {
        setConflict({
          statementId: saw.id,
          action,
          ...(correction && { correction }),
          saw,
          current: error.current as StatementRecord,
        });
        // The history below names who made the change the reviewer did not see.
        setVersion((v) => v + 1);
        setMessage(`Not saved: ${saw.id} changed since you opened it.`);
      } else {
        setMessage(`Could not save: ${(error as Error).message}`);
      }
      return false;
    } finally {
      setBusy(false);
    }
  };

  const decide = async (action: ReviewRequest["action"], correction?: StatementCorrection) => {
    const statement = current();
    if (!statement || busy() || !mayReview()) return;
    if (conflict()) {
      setMessage("Reapply your decision or keep theirs first.");
      return;
    }
    const saved = await send({ ...statement }, action, correction, statement.version);
    if (saved && index() < items.length - 1) move(1);
  };

  const reapply = () => {
    const open = conflict();
    if (!open || busy()) return;
    // Stale again means a third change landed meanwhile: the panel then compares with that one.
    void send(open.current, open.action, open.correction, open.current.version);
  };

  const keepTheirs = () => {
    const open = conflict();
    if (!open) return;
    replace(open.current);
    setConflict(null);
    setMessage(`Kept the stored version: ${REVIEW_LABEL[open.current.reviewStatus]}.`);
  };

  const conflictRows = (open: Conflict): ConflictRow[] => {
    const row = (label: string, pick: (s: StatementRecord) => string) => ({
      label,
      saw: pick(open.saw),
      now: pick(open.current),
    });
    return [
      row("Status", (s) => REVIEW_LABEL[s.reviewStatus]),
      row("Holder", (s) => app.actorName(s.holderId)),
      row("Topic", (s) => app.topicLabel(s.topicId)),
      row("Stance", (s) => STANCE_LABEL[s.stance]),
      row("Words", (s) => s.evidence.exact),
      row("Version", (s) => String(s.version)),
    ];
  };

  onMount(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const actions: Record<string, () => void> = {
        j: () => move(1),
        k: () => move(-1),
        ...(mayReview() && {
          a: () => void decide("accept"),
          r: () => void decide("reject"),
          e: () => setEditing(true),
        }),
      };
      const act = actions[event.key];
      if (act && current()) {
        event.preventDefault();
        act();
      }
    };
    document.addEventListener("keydown", onKey);
    onCleanup(() => document.removeEventListener("keydown", onKey));
  });

  return (
    <section class="review">
      <h1>Review</h1>
      <div class="toolbar">
        <label>
          Show{" "}
          <select
            value={status()}
            onChange={(e) => setSearch({ status: e.currentTarget.value })}
            aria-label="Review status"
          >
            <For each={STATUSES}>{(s) => <option value={s}>{REVIEW_LABEL[s]}</option>}</For>
          </select>
        </label>
        <Show
          when={mayReview()}
          fallback={
            <p class="keys">
              Read only: deciding needs the reviewer role. Keys: <kbd>j</kbd>/<kbd>k</kbd> move
            </p>
          }
        >
          <p class="keys">
            Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> accept, <kbd>r</kbd> reject,{" "}
            <kbd>e</kbd> edit
          </p>
        </Show>
      </div>
      <output class="message">{message()}</output>
      <Loadable
        resource={queue}
        what="the review queue"
        isEmpty={(page) => page.items.length === 0}
        empty={`No ${REVIEW_LABEL[status()]} statements.`}
      >
        {() => (
          <div class="review-layout">
            <ol class="queue" aria-label="Queue">
              <For each={items}>
                {(s, i) => (
                  <li id={`queue-${s.id}`} classList={{ current: i() === index() }}>
                    <button
                      type="button"
                      aria-current={i() === index() ? "true" : undefined}
                      onClick={() => {
                        setEditing(false);
                        setConflict(null);
                        setIndex(i());
                      }}
                    >
                      {app.actorName(s.holderId)} — {app.topicLabel(s.topicId)}{" "}
                      <span class={`badge review-${s.reviewStatus}`}>{s.reviewStatus}</span>
                    </button>
                  </li>
                )}
              </For>
            </ol>
            <Show when={current()}>
              {(s) => (
                <div class="panel">
                  <h2>
                    {app.actorName(s().holderId)} on {app.topicLabel(s().topicId)}
                  </h2>
                  <p class="context">
                    …{s().evidence.prefix}
                    <mark>{s().evidence.exact}</mark>
                    {s().evidence.suffix}…
                  </p>
                  <StatementCard statement={s()} />
                  <Show when={mayReview()}>
                    <div class="actions">
                      <button
                        type="button"
                        disabled={busy() || !!conflict()}
                        onClick={() => void decide("accept")}
                      >
                        Accept <kbd>a</kbd>
                      </button>
                      <button
                        type="button"
                        disabled={busy() || !!conflict()}
                        onClick={() => void decide("reject")}
                      >
                        Reject <kbd>r</kbd>
                      </button>
                      <button
                        type="button"
                        disabled={busy() || !!conflict()}
                        onClick={() => setEditing(true)}
                      >
                        Edit <kbd>e</kbd>
                      </button>
                    </div>
                  </Show>
                  <Show when={conflict()?.statementId === s().id && conflict()} keyed>
                    {(open) => (
                      <ConflictPanel
                        what="this statement"
                        change={ACTION_WORD[open.action]}
                        rows={conflictRows(open)}
                        reapplyLabel="Reapply my decision"
                        busy={busy()}
                        onReapply={reapply}
                        onKeep={keepTheirs}
                      />
                    )}
                  </Show>
                  <Show when={editing() && mayReview() && !conflict()}>
                    <CorrectionForm
                      statement={s()}
                      onSave={(correction) => void decide("correct", correction)}
                      onCancel={() => setEditing(false)}
                    />
                  </Show>
                  <Show when={s().topicId} keyed>
                    {(topicId) => (
                      <TopicTools
                        topicId={topicId}
                        onMerged={(from, into) =>
                          setItems((item) => item.topicId === from, "topicId", into)
                        }
                      />
                    )}
                  </Show>
                  <StatementHistory statementId={s().id} version={version()} />
                  <p>
                    <A href={`/documents/${s().documentId}?stm=${s().id}`}>Show in article</A>
                  </p>
                </div>
              )}
            </Show>
          </div>
        )}
      </Loadable>
    </section>
  );
}

function CorrectionForm(props: {
  statement: Statement;
  onSave: (correction: StatementCorrection) => void;
  onCancel: () => void;
}) {
  const app = useApp();
  let first: HTMLSelectElement | undefined;
  onMount(() => first?.focus());
  const [error, setError] = createSignal("");
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError("");
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const correction: StatementCorrection = {};
    const holderId = String(form.get("holder"));
    const topicId = String(form.get("topic"));
    const stance = String(form.get("stance")) as Statement["stance"];
    const start = Number(form.get("start"));
    const end = Number(form.get("end"));
    if (holderId !== props.statement.holderId) correction.holderId = holderId;
    if (topicId !== props.statement.topicId) correction.topicId = topicId;
    if (stance !== props.statement.stance) correction.stance = stance;
    const ev = props.statement.evidence;
    if (start !== ev.start || end !== ev.end) {
      // The server checks the quote against the text, so the new span's words come from it.
      try {
        const detail = await api.document(props.statement.documentId);
        const evidence = evidenceAt(detail.document.text, start, end);
        if (!evidence) return setError("The span must lie inside the text, start before end.");
        correction.evidence = evidence;
      } catch (failure) {
        return setError(`Could not read the article: ${(failure as Error).message}`);
      }
    }
    if (Object.keys(correction).length === 0) return setError("Nothing was changed.");
    props.onSave(correction);
  };
  return (
    <form class="correction" onSubmit={(e) => void submit(e)} aria-label="Correct the statement">
      <Show when={error()}>
        <p class="state state-error" role="alert">
          {error()}
        </p>
      </Show>
      <label>
        Holder
        <select name="holder" ref={first} value={props.statement.holderId}>
          <For each={app.catalogue.latest?.actors ?? []}>
            {(a) => <option value={a.id}>{a.name}</option>}
          </For>
        </select>
      </label>
      <label>
        Topic
        <select name="topic" value={props.statement.topicId}>
          <For each={app.catalogue.latest?.topics ?? []}>
            {(t) => <option value={t.id}>{t.label}</option>}
          </For>
        </select>
      </label>
      <label>
        Stance
        <select name="stance" value={props.statement.stance}>
          <For each={STANCES}>{(s) => <option value={s}>{STANCE_LABEL[s]}</option>}</For>
        </select>
      </label>
      <label>
        Span start
        <input name="start" type="number" min="0" value={props.statement.evidence.start} />
      </label>
      <label>
        Span end
        <input name="end" type="number" min="1" value={props.statement.evidence.end} />
      </label>
      <div class="actions">
        <button type="submit">Save correction</button>
        <button type="button" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
