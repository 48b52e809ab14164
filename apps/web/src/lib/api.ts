/** The only module that talks to the API: typed calls through `@stancemap/api/client`, errors as ApiError. */
import { createClient } from "@stancemap/api/client";
import type {
  ActorDetail,
  ActorSummary,
  ComparisonTable,
  DocumentDetail,
  DocumentSummary,
  ReviewRequest,
  ReviewResult,
  SearchResults,
  SourceSummary,
  Statement,
  StatementHistory,
  Topic,
  TopicSummary,
} from "@stancemap/schema";

/** A failed call, with the problem+json detail when the server sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const client = createClient(typeof location === "undefined" ? "http://localhost" : location.origin);

interface Reply {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}

/** Every route answers problem+json on failure; its `detail` is the message people see. */
async function read<T>(reply: Reply): Promise<T> {
  const body = (await reply.json().catch(() => null)) as { detail?: string; title?: string } | null;
  if (!reply.ok) {
    throw new ApiError(reply.status, body?.detail ?? body?.title ?? `HTTP ${reply.status}`);
  }
  return body as T;
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

/** What a topic merge changed (the API's TopicMergeResult). */
export interface TopicMergeResult {
  topic: Topic;
  statementsMoved: number;
  reparented: string[];
  auditEventId: string;
}

export const api = {
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
    return read<Page<Statement>>(
      await client.api.statements.$get({
        query: { ...rest, ...(limit !== undefined && { limit: String(limit) }) },
      }),
    );
  },
  search: async (q: string) =>
    read<SearchResults>(await client.api.search.$get({ query: { q, limit: "100" } })),
  review: async (id: string, request: ReviewRequest) =>
    read<ReviewResult>(
      await client.api.statements[":id"].review.$post({ param: { id }, json: request }),
    ),
  renameTopic: async (id: string, rename: { label: string; proposition?: string; actor: string }) =>
    read<Topic>(await client.api.topics[":id"].$patch({ param: { id }, json: rename })),
  mergeTopic: async (id: string, into: string, actor: string) =>
    read<TopicMergeResult>(
      await client.api.topics[":id"].merge.$post({ param: { id }, json: { into, actor } }),
    ),
  history: async (id: string) =>
    read<StatementHistory>(await client.api.statements[":id"].history.$get({ param: { id } })),
};
