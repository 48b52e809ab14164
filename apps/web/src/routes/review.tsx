/** Review: a queue of statements by review status; accept, reject or correct, with j/k/a/r/e on the keyboard. */
import { A, useSearchParams } from "@solidjs/router";
import type { ReviewRequest, Statement, StatementCorrection } from "@stancemap/schema";
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
import { Loadable } from "../components/Loadable.jsx";
import { StatementCard } from "../components/StatementCard.jsx";
import { StatementHistory } from "../components/StatementHistory.jsx";
import { TopicTools } from "../components/TopicTools.jsx";
import { api } from "../lib/api.js";
import { REVIEW_LABEL, STANCE_LABEL } from "../lib/format.js";
import { evidenceAt } from "../lib/segments.js";
import { useApp } from "../lib/state.jsx";

const STATUSES = ["unreviewed", "accepted", "rejected", "corrected"] as const;
const STANCES = Object.keys(STANCE_LABEL) as Statement["stance"][];

/** Keys typed into a form field belong to the field, not to the shortcuts. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest("input, select, textarea, button");
}

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
  const [items, setItems] = createStore<Statement[]>([]);
  createEffect(() => setItems(reconcile(queue.latest?.items ?? [])));
  const [index, setIndex] = createSignal(0);
  const [editing, setEditing] = createSignal(false);
  const [message, setMessage] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [version, setVersion] = createSignal(0);
  createEffect(on(status, () => setIndex(0)));
  const current = () => items[index()];

  const move = (delta: number) => {
    setEditing(false);
    setIndex((i) => Math.max(0, Math.min(items.length - 1, i + delta)));
    document.getElementById(`queue-${current()?.id}`)?.scrollIntoView({ block: "nearest" });
  };

  const decide = async (action: ReviewRequest["action"], correction?: StatementCorrection) => {
    const statement = current();
    if (!statement || busy()) return;
    const reviewer = app.state.reviewer.trim();
    if (!reviewer) {
      setMessage("Enter your name first: every decision is stored with who made it.");
      document.getElementById("reviewer")?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await api.review(statement.id, {
        action,
        reviewer,
        ...(correction && { correction }),
      });
      setItems(index(), result.statement);
      setVersion((v) => v + 1);
      setEditing(false);
      setMessage(`${REVIEW_LABEL[result.statement.reviewStatus]}: ${statement.id}`);
      if (index() < items.length - 1) move(1);
    } catch (error) {
      setMessage(`Could not save: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  onMount(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const actions: Record<string, () => void> = {
        j: () => move(1),
        k: () => move(-1),
        a: () => void decide("accept"),
        r: () => void decide("reject"),
        e: () => setEditing(true),
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
          Your name{" "}
          <input
            id="reviewer"
            autocomplete="username"
            value={app.state.reviewer}
            onInput={(e) => app.setReviewer(e.currentTarget.value)}
          />
        </label>
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
        <p class="keys">
          Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> accept, <kbd>r</kbd> reject,{" "}
          <kbd>e</kbd> edit
        </p>
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
                  <div class="actions">
                    <button type="button" disabled={busy()} onClick={() => void decide("accept")}>
                      Accept <kbd>a</kbd>
                    </button>
                    <button type="button" disabled={busy()} onClick={() => void decide("reject")}>
                      Reject <kbd>r</kbd>
                    </button>
                    <button type="button" disabled={busy()} onClick={() => setEditing(true)}>
                      Edit <kbd>e</kbd>
                    </button>
                  </div>
                  <Show when={editing()}>
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
