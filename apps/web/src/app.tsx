/** The app shell: context provider, router, who is signed in, navigation and one route per view. */
import { A, Route, Router, type RouteSectionProps } from "@solidjs/router";
import { createSignal, lazy, Match, Show, Switch } from "solid-js";
import { AppProvider, useApp } from "./lib/state.jsx";
import { ActorView } from "./routes/actor.jsx";
import { DocumentView } from "./routes/document.jsx";
import { NotFound } from "./routes/not-found.jsx";
import { Overview } from "./routes/overview.jsx";
import { ReviewView } from "./routes/review.jsx";
import { SignInView } from "./routes/sign-in.jsx";

// The less used views load on demand, keeping the first load small.
const CompareView = lazy(() =>
  import("./routes/compare.jsx").then((m) => ({ default: m.CompareView })),
);
const SearchView = lazy(() =>
  import("./routes/search.jsx").then((m) => ({ default: m.SearchView })),
);
const ActivityView = lazy(() =>
  import("./routes/activity.jsx").then((m) => ({ default: m.ActivityView })),
);
const AdminView = lazy(() => import("./routes/admin.jsx").then((m) => ({ default: m.AdminView })));

/** Who the pages act as: the local user, or the signed-in account with its role and a way out. */
function Who() {
  const app = useApp();
  const [error, setError] = createSignal("");
  const signOut = async () => {
    setError("");
    try {
      await app.signOut();
    } catch (failure) {
      setError(`Could not sign out: ${(failure as Error).message}`);
    }
  };
  return (
    <div class="who">
      <Switch>
        <Match when={app.session()?.mode === "local" && app.session()?.principal}>
          {(who) => (
            <span>
              Local user <strong>{who().name}</strong>
            </span>
          )}
        </Match>
        <Match when={app.session()?.principal}>
          {(who) => (
            <>
              <span>
                Signed in as <strong>{who().name}</strong>{" "}
                <span class="badge role">{who().role}</span>
              </span>
              <button type="button" onClick={() => void signOut()}>
                Sign out
              </button>
            </>
          )}
        </Match>
      </Switch>
      <Show when={error()}>
        <span role="alert" class="state-error">
          {error()}
        </span>
      </Show>
    </div>
  );
}

function Shell(props: RouteSectionProps) {
  const app = useApp();
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <A href="/" class="brand" end>
          Stancemap
        </A>
        <Show when={app.session() && !app.needsSignIn()}>
          <nav aria-label="Views">
            <A href="/" end>
              Overview
            </A>
            <A href="/compare">Compare</A>
            <A href="/search">Search</A>
            <A href="/review">Review</A>
            <A href="/activity">Activity</A>
            <Show when={app.can("admin")}>
              <A href="/admin">Admin</A>
            </Show>
          </nav>
        </Show>
        <Who />
      </header>
      <main id="main" tabindex="-1">
        <Switch>
          <Match when={!app.session() && app.sessionError()}>
            {(error) => (
              <div class="state state-error" role="alert">
                Could not reach the server: {error().message}{" "}
                <button type="button" onClick={() => void app.refreshSession()}>
                  Try again
                </button>
              </div>
            )}
          </Match>
          <Match when={!app.session()}>
            <output class="state">Loading…</output>
          </Match>
          <Match when={app.needsSignIn()}>
            <SignInView />
          </Match>
          <Match when={true}>{props.children}</Match>
        </Switch>
      </main>
    </>
  );
}

export function App() {
  return (
    <AppProvider>
      <Router root={Shell}>
        <Route path="/" component={Overview} />
        <Route path="/login" component={SignInView} />
        <Route path="/actors/:id" component={ActorView} />
        <Route path="/documents/:id" component={DocumentView} />
        <Route path="/review" component={ReviewView} />
        <Route path="/compare" component={CompareView} />
        <Route path="/search" component={SearchView} />
        <Route path="/activity" component={ActivityView} />
        <Route path="/admin" component={AdminView} />
        <Route path="*404" component={NotFound} />
      </Router>
    </AppProvider>
  );
}
