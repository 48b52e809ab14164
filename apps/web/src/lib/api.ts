/**
 * The only module that talks to the API: typed calls through `@stancemap/api/client`, the session's
 * CSRF token on every write, the version a write saw in If-Match, and failures as ApiError.
 */
import { createClient } from "@stancemap/api/client";
import type {
  ActorDetail,
  ActorMergeResult,
  ActorSummary,
  ApiToken,
  AuditEvent,
  ComparisonTable,
  DocumentDetail,
  DocumentSummary,
  ReviewRequest,
  ReviewResult,
  SearchResults,
  SessionInfo,
  SourceSummary,
  Statement,
  StatementHistory,
  StatementRecord,
  TokenCreated,
  TokenCreateRequest,
  TopicMergeResult,
  TopicSummary,
  User,
  UserCreateRequest,
  UserUpdateRequest,
} from "@stancemap/schema";

/** A failed call, with the problem+json detail, its `code`, and for a stale write (412) the record as it is now. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null = null,
    readonly current: unknown = undefined,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Whether a failure is a stale write: someone changed the record since it was read. */
export function isStale(error: unknown): error is ApiError & { current: { version: number } } {
  return (
    error instanceof ApiError &&
    error.status === 412 &&
    typeof (error.current as { version?: unknown } | undefined)?.version === "number"
  );
}

const client = createClient(typeof location === "undefined" ? "http://localhost" : location.origin);

/** The session's CSRF token: kept here from every session answer, so writes can echo it. */
let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

/** Calls `listener` whenever the API answers 401 (the session ended or was never there). */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Headers for a write: the CSRF token when signed in with a cookie, the version seen as If-Match. */
function writeHeaders(version?: number): Record<string, string> {
  return {
    ...(csrfToken !== null && { "X-CSRF-Token": csrfToken }),
    ...(version !== undefined && { "If-Match": `"${version}"` }),
  };
}

interface Reply {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}

interface ProblemBody {
  detail?: string;
  title?: string;
  code?: string;
  current?: unknown;
}

/** Every route answers problem+json on failure; its `detail` is the message people see. */
async function read<T>(reply: Reply, options: { signIn?: boolean } = {}): Promise<T> {
  const body = (await reply.json().catch(() => null)) as ProblemBody | null;
  if (!reply.ok) {
    // A wrong password is a 401 too, but it must not look like a session that ended.
    if (reply.status === 401 && !options.signIn)
      for (const listener of unauthorizedListeners) listener();
    throw new ApiError(
      reply.status,
      body?.detail ?? body?.title ?? `HTTP ${reply.status}`,
      body?.code ?? null,
      body?.current,
    );
  }
  return body as T;
}

function keepSession(session: SessionInfo): SessionInfo {
  csrfToken = session.csrfToken;
  return session;
}

export interface StatementFilters {
  actor?: string;
  topic?: string;
  source?: string;
  document?: string;
  from?: string;
  to?: string;
  mode?: Statement["mode"];
  stance?: Statement["stance"];
  reviewStatus?: Statement["reviewStatus"];
  limit?: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A topic or actor as a rename answers it: the record with its new version. */
export type VersionedTopic = Omit<TopicSummary, "statementCount">;
export type VersionedActor = Omit<ActorSummary, "statementCount">;

export interface AuditFilters {
  entityType?: AuditEvent["entityType"];
  entityId?: string;
  action?: AuditEvent["action"];
  actor?: string;
  limit?: number;
  cursor?: string;
}

/** Review decisions without the reviewer: the server records the signed-in user. */
export type ReviewDecisionRequest = Omit<ReviewRequest, "expectedVersion">;

export const api = {
  session: async () => keepSession(await read<SessionInfo>(await client.api.auth.session.$get())),
  login: async (name: string, password: string) =>
    keepSession(
      await read<SessionInfo>(
        await client.api.auth.login.$post(
          { json: { name, password } },
          { headers: writeHeaders() },
        ),
        { signIn: true },
      ),
    ),
  logout: async () =>
    keepSession(
      await read<SessionInfo>(
        await client.api.auth.logout.$post(undefined, { headers: writeHeaders() }),
      ),
    ),

  sources: async () =>
    (await read<Page<SourceSummary>>(await client.api.sources.$get({ query: {} }))).items,
  actors: async () =>
    (await read<Page<ActorSummary>>(await client.api.actors.$get({ query: {} }))).items,
  topics: async () =>
    (await read<Page<TopicSummary>>(await client.api.topics.$get({ query: {} }))).items,
  documents: async () =>
    (
      await read<Page<DocumentSummary>>(
        await client.api.documents.$get({ query: { limit: "500" } }),
      )
    ).items,
  actor: async (id: string) =>
    read<ActorDetail>(await client.api.actors[":id"].$get({ param: { id } })),
  document: async (id: string) =>
    read<DocumentDetail>(await client.api.documents[":id"].$get({ param: { id } })),
  compare: async (actors: string[], topics: string[] = []) =>
    read<ComparisonTable>(
      await client.api.compare.$get({
        query: {
          ...(actors.length > 0 && { actors: actors.join(",") }),
          ...(topics.length > 0 && { topics: topics.join(",") }),
        },
      }),
    ),
  statements: async (filters: StatementFilters) => {
    const { limit, ...rest } = filters;
    return read<Page<StatementRecord>>(
      await client.api.statements.$get({
        query: { ...rest, ...(limit !== undefined && { limit: String(limit) }) },
      }),
    );
  },
  statement: async (id: string) =>
    read<StatementRecord>(await client.api.statements[":id"].$get({ param: { id } })),
  search: async (q: string) =>
    read<SearchResults>(await client.api.search.$get({ query: { q, limit: "100" } })),
  /** `version`: the statement's version the reviewer saw; a newer stored one fails with 412. */
  review: async (id: string, request: ReviewDecisionRequest, version: number) =>
    read<ReviewResult>(
      await client.api.statements[":id"].review.$post(
        { param: { id }, json: request },
        { headers: writeHeaders(version) },
      ),
    ),
  history: async (id: string) =>
    read<StatementHistory>(await client.api.statements[":id"].history.$get({ param: { id } })),

  renameTopic: async (
    id: string,
    rename: { label: string; proposition?: string },
    version: number,
  ) =>
    read<VersionedTopic>(
      await client.api.topics[":id"].$patch(
        { param: { id }, json: rename },
        { headers: writeHeaders(version) },
      ),
    ),
  mergeTopic: async (id: string, into: string, version: number) =>
    read<TopicMergeResult>(
      await client.api.topics[":id"].merge.$post(
        { param: { id }, json: { into } },
        { headers: writeHeaders(version) },
      ),
    ),
  renameActor: async (id: string, rename: { name: string; aliases?: string[] }, version: number) =>
    read<VersionedActor>(
      await client.api.actors[":id"].$patch(
        { param: { id }, json: rename },
        { headers: writeHeaders(version) },
      ),
    ),
  mergeActor: async (id: string, into: string, version: number) =>
    read<ActorMergeResult>(
      await client.api.actors[":id"].merge.$post(
        { param: { id }, json: { into } },
        { headers: writeHeaders(version) },
      ),
    ),

  audit: async (filters: AuditFilters = {}) => {
    const { limit, ...rest } = filters;
    return read<Page<AuditEvent>>(
      await client.api.audit.$get({
        query: { ...rest, ...(limit !== undefined && { limit: String(limit) }) },
      }),
    );
  },

  users: async () => (await read<{ items: User[] }>(await client.api.users.$get())).items,
  createUser: async (user: UserCreateRequest) =>
    read<User>(await client.api.users.$post({ json: user }, { headers: writeHeaders() })),
  updateUser: async (name: string, changes: UserUpdateRequest) =>
    read<User>(
      await client.api.users[":name"].$patch(
        { param: { name }, json: changes },
        { headers: writeHeaders() },
      ),
    ),
  tokens: async () => (await read<{ items: ApiToken[] }>(await client.api.tokens.$get())).items,
  createToken: async (request: TokenCreateRequest) =>
    read<TokenCreated>(
      await client.api.tokens.$post({ json: request }, { headers: writeHeaders() }),
    ),
  revokeToken: async (id: string) =>
    read<ApiToken>(
      await client.api.tokens[":id"].$delete({ param: { id } }, { headers: writeHeaders() }),
    ),
};
