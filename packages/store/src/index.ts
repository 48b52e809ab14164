/** @stancemap/store: Drizzle schema, migrations and repositories over embedded PGlite or PostgreSQL. */
export { agreementOf, NEAR_IDENTICAL, normaliseEvidenceText, wordOverlap } from "./agreement.js";
export { type Anchor, anchorQuote, type Quote } from "./anchor.js";
export {
  createStore,
  MIGRATIONS_FOLDER,
  parseStoreUrl,
  type Store,
  type StoreClient,
  type StoreOptions,
} from "./client.js";
export { DEFAULT_LIMIT, MAX_LIMIT } from "./cursor.js";
export type { Database } from "./database.js";
export {
  ConflictError,
  InvalidReferenceError,
  NotFoundError,
  StaleVersionError,
  StoreError,
  type StoreErrorCode,
  ValidationError,
} from "./errors.js";
export type {
  AccountEditOptions,
  NewSession,
  NewToken,
  NewUser,
  UserChanges,
} from "./repositories/accounts.js";
export type {
  ActorDetail,
  ActorEditOptions,
  ActorMergeResult,
  ActorPosition,
  ActorRename,
  ActorSummary,
} from "./repositories/actors.js";
export type { CompareQuery } from "./repositories/compare.js";
export type {
  DocumentDetail,
  DocumentListQuery,
  DocumentSummary,
  SourceSummary,
} from "./repositories/documents.js";
export type { IngestOptions, IngestSummary, UpsertCounts } from "./repositories/ingest.js";
export type { AuditQuery, ReviewInput, ReviewResult } from "./repositories/review.js";
export type { SearchOptions, SearchResults } from "./repositories/search.js";
export type { StatementFilters, StatementListQuery } from "./repositories/statements.js";
export type {
  TopicDetail,
  TopicEditOptions,
  TopicMergeResult,
  TopicRename,
  TopicSummary,
} from "./repositories/topics.js";
export { createRepository, type Repository } from "./repository.js";
export * as tables from "./schema.js";
