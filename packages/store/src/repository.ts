/** Binds every repository function to one database, giving the store its method-style API. */
import type { CorpusAnalysis } from "@stancemap/schema";
import type { Database } from "./database.js";
import {
  type AccountEditOptions,
  countActiveAdmins,
  createSession,
  createToken,
  createUser,
  deleteExpiredSessions,
  deleteSession,
  findLogin,
  findSession,
  findToken,
  getUser,
  listTokens,
  listUsers,
  type NewSession,
  type NewToken,
  type NewUser,
  revokeToken,
  type UserChanges,
  updateUser,
} from "./repositories/accounts.js";
import {
  type ActorEditOptions,
  type ActorRename,
  getActor,
  listActors,
  mergeActors,
  renameActor,
} from "./repositories/actors.js";
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
import {
  getStatement,
  listStatements,
  type StatementListQuery,
} from "./repositories/statements.js";
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
    renameActor: (id: string, rename: ActorRename, options: ActorEditOptions) =>
      renameActor(db, id, rename, options),
    mergeActors: (sourceId: string, targetId: string, options: ActorEditOptions) =>
      mergeActors(db, sourceId, targetId, options),
    listTopics: () => listTopics(db),
    getTopic: (id: string) => getTopic(db, id),
    renameTopic: (id: string, rename: TopicRename, options: TopicEditOptions) =>
      renameTopic(db, id, rename, options),
    mergeTopics: (sourceId: string, targetId: string, options: TopicEditOptions) =>
      mergeTopics(db, sourceId, targetId, options),
    listStatements: (query?: StatementListQuery) => listStatements(db, query),
    getStatement: (id: string) => getStatement(db, id),
    compare: (query?: CompareQuery) => compare(db, query),
    compareTable: (query?: CompareQuery) => compareTable(db, query),
    search: (q: string, opts?: SearchOptions) => search(db, q, opts),
    exportCorpus: () => exportCorpus(db),
    recordReview: (input: ReviewInput) => recordReview(db, input),
    listReviewDecisions: (statementId: string) => listReviewDecisions(db, statementId),
    listAuditEvents: (query?: AuditQuery) => listAuditEvents(db, query),
    createUser: (input: NewUser, options: AccountEditOptions) => createUser(db, input, options),
    listUsers: () => listUsers(db),
    getUser: (name: string) => getUser(db, name),
    findLogin: (name: string) => findLogin(db, name),
    updateUser: (name: string, changes: UserChanges, options: AccountEditOptions) =>
      updateUser(db, name, changes, options),
    countActiveAdmins: () => countActiveAdmins(db),
    createSession: (session: NewSession) => createSession(db, session),
    findSession: (id: string, now: Date) => findSession(db, id, now),
    deleteSession: (id: string) => deleteSession(db, id),
    deleteExpiredSessions: (now: Date) => deleteExpiredSessions(db, now),
    createToken: (input: NewToken, options: AccountEditOptions) => createToken(db, input, options),
    listTokens: () => listTokens(db),
    revokeToken: (id: string, options: AccountEditOptions) => revokeToken(db, id, options),
    findToken: (secretHash: string, now: Date) => findToken(db, secretHash, now),
  };
}

export type Repository = ReturnType<typeof createRepository>;
