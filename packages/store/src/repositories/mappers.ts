/** Row ↔ record conversions between the tables and the @stancemap/schema types. */
import type {
  Actor,
  AuditEvent,
  Document,
  DocumentLink,
  ReviewDecision,
  Source,
  Statement,
  Topic,
} from "@stancemap/schema";
import { getTableColumns } from "drizzle-orm";
import {
  actors,
  type auditEvents,
  documents,
  type reviewDecisions,
  type sources,
  statements,
  type topics,
} from "../schema.js";

const { searchVector: _sv, extracted: _ex, ...statementCols } = getTableColumns(statements);
/** Statement columns without the search vector and the extraction snapshot. */
export const statementColumns = statementCols;

const { searchNames: _sn, ...actorCols } = getTableColumns(actors);
export const actorColumns = actorCols;

const {
  searchVector: _dv,
  text: _text,
  excluded: _excl,
  ...documentSummaryCols
} = getTableColumns(documents);
/** Document columns minus the text, for lists. */
export const documentSummaryColumns = documentSummaryCols;

export type StatementRow = Pick<typeof statements.$inferSelect, keyof typeof statementColumns>;
export type ActorRow = Pick<typeof actors.$inferSelect, keyof typeof actorColumns>;
export type DocumentRow = typeof documents.$inferSelect;
export type DocumentSummaryRow = Pick<DocumentRow, keyof typeof documentSummaryColumns>;

export function toStatement(row: StatementRow): Statement {
  return {
    id: row.id,
    documentId: row.documentId,
    holderId: row.holderId,
    topicId: row.topicId,
    evidence: {
      start: row.evidenceStart,
      end: row.evidenceEnd,
      exact: row.evidenceExact,
      prefix: row.evidencePrefix,
      suffix: row.evidenceSuffix,
    },
    mode: row.mode,
    cue: row.cue,
    stance: row.stance,
    summary: row.summary,
    hedges: row.hedges,
    chain: row.chain,
    saidAt: row.saidAt ?? null,
    confidence: row.confidence,
    reviewStatus: row.reviewStatus,
  };
}

export function toActor(row: ActorRow): Actor {
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    kind: row.kind,
    roles: row.roles,
    memberOf: row.memberOf,
    wikidataId: row.wikidataId,
  };
}

export function toSource(row: typeof sources.$inferSelect): Source {
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    country: row.country,
    language: row.language,
    kind: row.kind,
    actorId: row.actorId,
  };
}

export function toTopic(row: typeof topics.$inferSelect): Topic {
  return {
    id: row.id,
    label: row.label,
    proposition: row.proposition,
    keywords: row.keywords,
    parentId: row.parentId,
  };
}

/** The Document fields every document view shares (all but text, excluded and links). */
export function toDocumentMeta(
  row: DocumentSummaryRow,
): Omit<Document, "text" | "excluded" | "links"> {
  return {
    id: row.id,
    origin: row.origin,
    sourceId: row.sourceId,
    title: row.title,
    url: row.url,
    publishedAt: row.publishedAt,
    datePrecision: row.datePrecision,
    dateSource: row.dateSource,
    language: row.language,
    contentHash: row.contentHash,
  };
}

export function toDocument(row: DocumentRow, links: DocumentLink[]): Document {
  return { ...toDocumentMeta(row), text: row.text, excluded: row.excluded, links };
}

export function toReviewDecision(row: typeof reviewDecisions.$inferSelect): ReviewDecision {
  return {
    id: row.id,
    statementId: row.statementId,
    action: row.action,
    correction: row.correction ?? null,
    reviewer: row.reviewer,
    decidedAt: row.decidedAt.toISOString(),
    note: row.note,
  };
}

export function toAuditEvent(row: typeof auditEvents.$inferSelect): AuditEvent {
  return {
    id: row.id,
    actor: row.actor,
    at: row.at.toISOString(),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
  };
}
