/**
 * Shared state behind a context: who is signed in (the session, its role and mode), and the
 * catalogues (actors, sources, topics) every view names things from.
 */
import type {
  ActorSummary,
  Role,
  SessionInfo,
  SourceSummary,
  TopicSummary,
} from "@stancemap/schema";
import {
  createContext,
  createMemo,
  createResource,
  createSignal,
  type JSX,
  onCleanup,
  type Resource,
  useContext,
} from "solid-js";
import { api, onUnauthorized } from "./api.js";

export interface Catalogue {
  actors: ActorSummary[];
  sources: SourceSummary[];
  topics: TopicSummary[];
}

/**
 * Each role can do what the ones before it can (the schema's ROLES); kept here as a type-checked
 * copy so the bundle does not pull in the Zod schemas for one list.
 */
const ROLE_ORDER = ["viewer", "reviewer", "editor", "admin"] as const satisfies readonly Role[];

export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(needed);
}

export interface AppContextValue {
  /** The sign-in state; undefined until the first answer. */
  session(): SessionInfo | undefined;
  /** Whether the session could not be read at all (server down). */
  sessionError(): Error | undefined;
  /** Whether the API needs a sign-in before anything else (shared mode, nobody signed in). */
  needsSignIn(): boolean;
  /** Whether the signed-in user has at least `role`. */
  can(role: Role): boolean;
  signIn(name: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  refreshSession(): Promise<void>;
  catalogue: Resource<Catalogue>;
  refetchCatalogue(): void;
  actorName(id: string): string;
  sourceName(id: string | null): string;
  topicLabel(id: string): string;
}

const AppContext = createContext<AppContextValue>();

export function AppProvider(props: {
  children: JSX.Element;
  load?: () => Promise<Catalogue>;
  loadSession?: () => Promise<SessionInfo>;
}) {
  const loadSession = props.loadSession ?? api.session;
  const [session, setSession] = createSignal<SessionInfo>();
  const [sessionError, setSessionError] = createSignal<Error>();
  const refreshSession = async () => {
    try {
      setSession(await loadSession());
      setSessionError(undefined);
    } catch (error) {
      setSessionError(error as Error);
    }
  };
  void refreshSession();

  // In shared mode a 401 means the session ended (expired, signed out elsewhere, account disabled).
  onCleanup(
    onUnauthorized(() => {
      const now = session();
      if (now?.mode === "required" && now.principal !== null) {
        setSession({ mode: "required", principal: null, csrfToken: null, expiresAt: null });
      }
    }),
  );

  const principal = () => session()?.principal ?? null;
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
  // Loaded once someone may read, and again for whoever signs in next.
  const [catalogue, { refetch }] = createResource(() => principal()?.name ?? false, load);
  const index = <T extends { id: string }>(items: T[] | undefined) =>
    new Map((items ?? []).map((item) => [item.id, item]));
  const maps = createMemo(() => ({
    actors: index(catalogue.latest?.actors),
    sources: index(catalogue.latest?.sources),
    topics: index(catalogue.latest?.topics),
  }));
  const value: AppContextValue = {
    session,
    sessionError,
    needsSignIn: () => session()?.mode === "required" && principal() === null,
    can: (role) => {
      const who = principal();
      return who !== null && roleAtLeast(who.role, role);
    },
    async signIn(name, password) {
      setSession(await api.login(name, password));
    },
    async signOut() {
      try {
        setSession(await api.logout());
      } finally {
        await refreshSession();
      }
    },
    refreshSession,
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
