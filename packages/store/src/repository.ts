/** Binds every repository function to one database, giving the store its method-style API. */
import type { CorpusAnalysis } from "@stancemap/schema";
import type { Database } from "./database.js";
import { getActor, listActors } from "./repositories/actors.js";
import { type CompareQuery, compare, compareTable } from "./repositories/compare.js";
import {
  type DocumentListQuery,
  getDocument,
  listDocuments,
  listSources,
} from "./repositories/documents.js";
import { exportCorpus } from "./repositories/export.js";
import { type IngestOptions, ingestCorpus } from "./repositories/ingest.js";
import {
  type AuditQuery,
  listAuditEvents,
  listReviewDecisions,
  type ReviewInput,
  recordReview,
} from "./repositories/review.js";
import { type SearchOptions, search } from "./repositories/search.js";
import { listStatements, type StatementListQuery } from "./repositories/statements.js";
import {
  getTopic,
  listTopics,
  mergeTopics,
  renameTopic,
  type TopicEditOptions,
  type TopicRename,
} from "./repositories/topics.js";

export function createRepository(db: Database) {
  return {
    ingestCorpus: (analysis: CorpusAnalysis, opts: IngestOptions) =>
      ingestCorpus(db, analysis, opts),
    listDocuments: (query?: DocumentListQuery) => listDocuments(db, query),
    getDocument: (id: string) => getDocument(db, id),
    listSources: () => listSources(db),
    listActors: () => listActors(db),
    getActor: (id: string) => getActor(db, id),
    listTopics: () => listTopics(db),
    getTopic: (id: string) => getTopic(db, id),
    renameTopic: (id: string, rename: TopicRename, options: TopicEditOptions) =>
      renameTopic(db, id, rename, options),
    mergeTopics: (sourceId: string, targetId: string, options: TopicEditOptions) =>
      mergeTopics(db, sourceId, targetId, options),
    listStatements: (query?: StatementListQuery) => listStatements(db, query),
    compare: (query?: CompareQuery) => compare(db, query),
    compareTable: (query?: CompareQuery) => compareTable(db, query),
    search: (q: string, opts?: SearchOptions) => search(db, q, opts),
    exportCorpus: () => exportCorpus(db),
    recordReview: (input: ReviewInput) => recordReview(db, input),
    listReviewDecisions: (statementId: string) => listReviewDecisions(db, statementId),
    listAuditEvents: (query?: AuditQuery) => listAuditEvents(db, query),
  };
}

export type Repository = ReturnType<typeof createRepository>;
