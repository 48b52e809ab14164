/** The sign-in form for shared mode: a name and a password, with the server's refusal shown as it says it. */
import { createSignal, createUniqueId, Show } from "solid-js";
import { ApiError } from "../lib/api.js";
import { useApp } from "../lib/state.jsx";

export function SignInForm(props: { onSignedIn?: () => void }) {
  const app = useApp();
  const id = createUniqueId();
  const [error, setError] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  let password: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const name = String(form.get("name") ?? "").trim();
    const secret = String(form.get("password") ?? "");
    if (!name || !secret) return setError("Enter your user name and password.");
    setError("");
    setBusy(true);
    try {
      await app.signIn(name, secret);
      props.onSignedIn?.();
    } catch (failure) {
      // The server's words say which: a wrong password, or a lockout and how long it lasts.
      const status = failure instanceof ApiError ? failure.status : 0;
      const prefix = status === 429 ? "Locked out" : "Could not sign in";
      setError(`${prefix}: ${(failure as Error).message}`);
      if (password) {
        password.value = "";
        password.focus();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="sign-in"
      aria-labelledby={`sign-in-${id}`}
      aria-describedby={error() ? `sign-in-error-${id}` : undefined}
      onSubmit={(e) => void submit(e)}
    >
      <h1 id={`sign-in-${id}`}>Sign in</h1>
      <p class="meta">
        This Stancemap server is shared: sign in with the account an admin gave you.
      </p>
      <Show when={error()}>
        <p class="state state-error" role="alert" id={`sign-in-error-${id}`}>
          {error()}
        </p>
      </Show>
      <label>
        User name
        <input name="name" autocomplete="username" required autofocus />
      </label>
      <label>
        Password
        <input
          name="password"
          type="password"
          autocomplete="current-password"
          required
          ref={password}
        />
      </label>
      <div class="actions">
        <button type="submit" disabled={busy()}>
          {busy() ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
