/** One statement as a source reports it: words, cue, chain, date, hedges, review status and a link to its span. */
import { A } from "@solidjs/router";
import type { Statement } from "@stancemap/schema";
import { For, Show } from "solid-js";
import { chainText, MODE_LABEL, REVIEW_LABEL, STANCE_LABEL, statementDate } from "../lib/format.js";
import { QuoteText } from "./QuoteText.jsx";

export function StatementCard(props: {
  statement: Statement;
  publishedAt?: string | null | undefined;
  compareWith?: string | undefined;
  /** Label of the topic, when the card stands outside a row that names it. */
  topic?: string | undefined;
}) {
  const date = () => statementDate(props.statement, props.publishedAt);
  return (
    <article class="statement" data-statement={props.statement.id}>
      <Show when={props.topic}>
        <p class="topic-label">{props.topic}</p>
      </Show>
      <p class="quote">
        <QuoteText statement={props.statement} compareWith={props.compareWith} />
      </p>
      <dl class="facts">
        <div>
          <dt>Mode</dt>
          <dd>{MODE_LABEL[props.statement.mode]}</dd>
        </div>
        <div>
          <dt>Cue</dt>
          <dd>{props.statement.cue ?? "—"}</dd>
        </div>
        <div>
          <dt>Stance</dt>
          <dd>{STANCE_LABEL[props.statement.stance]}</dd>
        </div>
        <div class="wide">
          <dt>Chain</dt>
          <dd class="chain">{chainText(props.statement)}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{date() ?? "unknown"}</dd>
        </div>
        <Show when={props.statement.hedges.length > 0}>
          <div>
            <dt>Hedges</dt>
            <dd>
              <For each={props.statement.hedges}>
                {(hedge, i) => (
                  <>
                    {i() > 0 && ", "}
                    <span class="hedge">{hedge.text}</span>
                  </>
                )}
              </For>
            </dd>
          </div>
        </Show>
        <div>
          <dt>Review</dt>
          <dd>
            <span class={`badge review-${props.statement.reviewStatus}`}>
              {REVIEW_LABEL[props.statement.reviewStatus]}
            </span>
          </dd>
        </div>
      </dl>
      <A
        class="to-span"
        href={`/documents/${props.statement.documentId}?stm=${props.statement.id}`}
      >
        Show in article
      </A>
    </article>
  );
}
