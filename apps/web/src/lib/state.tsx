/** Shared state behind a context: the reviewer's name and the catalogues (actors, sources, topics) every view names things from. */
import type { ActorSummary, SourceSummary, TopicSummary } from "@stancemap/schema";
import {
  createContext,
  createMemo,
  createResource,
  type JSX,
  type Resource,
  useContext,
} from "solid-js";
import { createStore } from "solid-js/store";
import { api } from "./api.js";

export interface Catalogue {
  actors: ActorSummary[];
  sources: SourceSummary[];
  topics: TopicSummary[];
}

export interface AppState {
  reviewer: string;
}

export interface AppContextValue {
  state: AppState;
  setReviewer(name: string): void;
  catalogue: Resource<Catalogue>;
  refetchCatalogue(): void;
  actorName(id: string): string;
  sourceName(id: string | null): string;
  topicLabel(id: string): string;
}

const AppContext = createContext<AppContextValue>();
const REVIEWER_KEY = "stancemap.reviewer";

function storedReviewer(): string {
  try {
    return localStorage.getItem(REVIEWER_KEY) ?? "";
  } catch {
    return "";
  }
}

export function AppProvider(props: { children: JSX.Element; load?: () => Promise<Catalogue> }) {
  const [state, setState] = createStore<AppState>({ reviewer: storedReviewer() });
  const load =
    props.load ??
    (async () => {
      const [actors, sources, topics] = await Promise.all([
        api.actors(),
        api.sources(),
        api.topics(),
      ]);
      return { actors, sources, topics };
    });
  const [catalogue, { refetch }] = createResource(load);
  const index = <T extends { id: string }>(items: T[] | undefined) =>
    new Map((items ?? []).map((item) => [item.id, item]));
  const maps = createMemo(() => ({
    actors: index(catalogue.latest?.actors),
    sources: index(catalogue.latest?.sources),
    topics: index(catalogue.latest?.topics),
  }));
  const value: AppContextValue = {
    state,
    setReviewer(name) {
      setState("reviewer", name);
      try {
        localStorage.setItem(REVIEWER_KEY, name);
      } catch {
        // Private windows may refuse storage; the name then lasts for this page only.
      }
    },
    catalogue,
    refetchCatalogue: () => void refetch(),
    actorName: (id) => maps().actors.get(id)?.name ?? id,
    sourceName: (id) => (id === null ? "Unknown source" : (maps().sources.get(id)?.name ?? id)),
    topicLabel: (id) => maps().topics.get(id)?.label ?? id,
  };
  return <AppContext.Provider value={value}>{props.children}</AppContext.Provider>;
}

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error("useApp() must be used inside <AppProvider>");
  return value;
}
