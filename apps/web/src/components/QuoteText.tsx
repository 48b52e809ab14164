/** A statement's exact words: in quotation marks only when quoted directly, with changed words marked. */
import type { Statement } from "@stancemap/schema";
import { For, Show } from "solid-js";
import { diffWords } from "../lib/diff.js";
import { isQuote } from "../lib/format.js";

export function QuoteText(props: {
  statement: Pick<Statement, "mode" | "evidence">;
  /** Another source's rendering of the same words; the words this one changed are highlighted. */
  compareWith?: string | undefined;
}) {
  const parts = () =>
    props.compareWith === undefined
      ? [{ text: props.statement.evidence.exact, changed: false }]
      : diffWords(props.statement.evidence.exact, props.compareWith);
  return (
    <span class="words">
      <Show when={isQuote(props.statement)}>“</Show>
      <For each={parts()}>
        {(part) =>
          part.changed ? (
            <mark class="diff" title="Worded differently in another source">
              {part.text}
            </mark>
          ) : (
            part.text
          )
        }
      </For>
      <Show when={isQuote(props.statement)}>”</Show>
    </span>
  );
}
