/** Any path the app does not know. */
import { A } from "@solidjs/router";

export function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p class="state state-empty">
        There is nothing at this address. <A href="/">Back to the overview</A>.
      </p>
    </section>
  );
}
