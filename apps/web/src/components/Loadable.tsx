/** Loading, error and empty states for one resource, so every view shows all three the same way. */
import { type JSX, Match, type Resource, Switch } from "solid-js";

export function Loadable<T>(props: {
  resource: Resource<T>;
  /** What to call the thing being loaded, in messages: "the actor". */
  what: string;
  isEmpty?: (value: T) => boolean;
  empty?: JSX.Element;
  children: (value: T) => JSX.Element;
}) {
  return (
    <Switch>
      <Match when={props.resource.error as unknown}>
        {(error) => (
          <div class="state state-error" role="alert">
            Could not load {props.what}: {(error() as Error).message ?? String(error())}
          </div>
        )}
      </Match>
      <Match when={props.resource.latest === undefined}>
        <output class="state">Loading {props.what}…</output>
      </Match>
      <Match when={true}>
        {(() => {
          const value = props.resource.latest as T;
          return props.isEmpty?.(value) ? (
            <p class="state state-empty">{props.empty ?? `No ${props.what} yet.`}</p>
          ) : (
            props.children(value)
          );
        })()}
      </Match>
    </Switch>
  );
}
