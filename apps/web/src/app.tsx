/** The app shell: context provider, router, navigation and one route per view. */
import { A, Route, Router, type RouteSectionProps } from "@solidjs/router";
import { lazy } from "solid-js";
import { AppProvider } from "./lib/state.jsx";
import { ActorView } from "./routes/actor.jsx";
import { DocumentView } from "./routes/document.jsx";
import { NotFound } from "./routes/not-found.jsx";
import { Overview } from "./routes/overview.jsx";
import { ReviewView } from "./routes/review.jsx";

// The less used views load on demand, keeping the first load small.
const CompareView = lazy(() =>
  import("./routes/compare.jsx").then((m) => ({ default: m.CompareView })),
);
const SearchView = lazy(() =>
  import("./routes/search.jsx").then((m) => ({ default: m.SearchView })),
);

function Shell(props: RouteSectionProps) {
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <A href="/" class="brand" end>
          Stancemap
        </A>
        <nav aria-label="Views">
          <A href="/" end>
            Overview
          </A>
          <A href="/compare">Compare</A>
          <A href="/search">Search</A>
          <A href="/review">Review</A>
        </nav>
      </header>
      <main id="main" tabindex="-1">
        {props.children}
      </main>
    </>
  );
}

export function App() {
  return (
    <AppProvider>
      <Router root={Shell}>
        <Route path="/" component={Overview} />
        <Route path="/actors/:id" component={ActorView} />
        <Route path="/documents/:id" component={DocumentView} />
        <Route path="/review" component={ReviewView} />
        <Route path="/compare" component={CompareView} />
        <Route path="/search" component={SearchView} />
        <Route path="*404" component={NotFound} />
      </Router>
    </AppProvider>
  );
}
