/** An article's text with every evidence span highlighted and boilerplate dimmed; rendered as text, never as HTML. */
import { For, Show } from "solid-js";
import { type Span, segmentText } from "../lib/segments.js";

export function ArticleText(props: {
  text: string;
  excluded: readonly { start: number; end: number }[];
  spans: readonly Span[];
  selectedId?: string | undefined;
  /** Link target for a statement's highlight. */
  hrefFor: (statementId: string) => string;
  onSelect: (statementId: string) => void;
}) {
  const segments = () => segmentText(props.text, props.excluded, props.spans);
  return (
    <div class="article-text">
      <For each={segments()}>
        {(segment) => {
          // The selected statement wins where spans overlap, else the most specific one.
          const target = () =>
            props.selectedId && segment.statementIds.includes(props.selectedId)
              ? props.selectedId
              : segment.statementIds[0];
          return (
            <>
              <For each={segment.starts}>
                {(id) => <span class="anchor" id={`span-${id}`} tabindex="-1" />}
              </For>
              <Show
                when={target()}
                fallback={<span classList={{ boilerplate: segment.excluded }}>{segment.text}</span>}
              >
                {(id) => (
                  <a
                    class="hl"
                    classList={{
                      selected:
                        !!props.selectedId && segment.statementIds.includes(props.selectedId),
                      boilerplate: segment.excluded,
                    }}
                    href={props.hrefFor(id())}
                    data-statements={segment.statementIds.join(" ")}
                    onClick={(event) => {
                      event.preventDefault();
                      props.onSelect(id());
                    }}
                  >
                    {segment.text}
                  </a>
                )}
              </Show>
            </>
          );
        }}
      </For>
    </div>
  );
}
