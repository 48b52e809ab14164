/** /login, and what every page shows in shared mode until someone signs in. */
import { A, useLocation, useNavigate, useSearchParams } from "@solidjs/router";
import { Match, Switch } from "solid-js";
import { SignInForm } from "../components/SignInForm.jsx";
import { useApp } from "../lib/state.jsx";

export function SignInView() {
  const app = useApp();
  const navigate = useNavigate();
  const [search] = useSearchParams<{ next?: string }>();
  const where = useLocation();
  const onLoginPage = () => where.pathname === "/login";
  /** Only paths on this site: `next` comes from the URL, and `//host` or `/\host` name another origin. */
  const next = () => (search.next && /^\/(?![/\\])/.test(search.next) ? search.next : "/");
  return (
    <section class="sign-in-view">
      <Switch>
        <Match when={app.session()?.mode === "local"}>
          <h1>Sign in</h1>
          <p>
            This server runs in local mode: you are the local user{" "}
            <strong>{app.session()?.principal?.name}</strong> already, with every right.
          </p>
          <p>
            <A href="/">Go to the overview</A>
          </p>
        </Match>
        <Match when={app.session()?.principal}>
          {(who) => (
            <>
              <h1>Signed in</h1>
              <p>
                You are signed in as <strong>{who().name}</strong> ({who().role}).
              </p>
              <p>
                <A href={next()}>Continue</A>
              </p>
            </>
          )}
        </Match>
        <Match when={true}>
          <SignInForm
            onSignedIn={() => {
              // Signed in from /login: go where they were headed; elsewhere the page itself appears.
              if (onLoginPage()) navigate(next(), { replace: true });
            }}
          />
        </Match>
      </Switch>
    </section>
  );
}
