/** Document and source reads: paginated summaries, one document with its statements, the outlets. */
import type {
  DocumentDetail,
  DocumentLink,
  DocumentSummary,
  Page,
  SourceSummary,
} from "@stancemap/schema";
import { and, asc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import { decodeCursor, encodeCursor, pageLimit } from "../cursor.js";
import { type Database, qualified } from "../database.js";
import { NotFoundError } from "../errors.js";
import { documentLinks, documents, sources, statements } from "../schema.js";
import {
  type DocumentSummaryRow,
  documentSummaryColumns,
  toDocument,
  toDocumentMeta,
  toSource,
} from "./mappers.js";
import { selectStatements } from "./statements.js";

// The shapes are the API contract in @stancemap/schema (api.ts); the store returns exactly those.
export type { DocumentDetail, DocumentSummary, SourceSummary };

export interface DocumentListQuery {
  cursor?: string;
  limit?: number;
  sourceId?: string;
  /** Include replaced versions (default false). */
  includeSuperseded?: boolean;
}

/** Columns (and computed counts) of a DocumentSummary row. */
export const summarySelection = {
  ...documentSummaryColumns,
  textLength: sql<number>`char_length(${documents.text})`,
  statementCount: sql<number>`(SELECT count(*)::int FROM statements s WHERE s.document_id = ${qualified(documents.id)})`,
};

export function toSummary(
  row: DocumentSummaryRow & { textLength: number; statementCount: number },
): DocumentSummary {
  return {
    ...toDocumentMeta(row),
    version: row.version,
    supersedes: row.supersedes,
    current: row.current,
    textLength: row.textLength,
    statementCount: row.statementCount,
  };
}

/** Selects summaries of documents matching `where`, in ingest order. */
export async function selectSummaries(db: Database, where: SQL[], limit?: number) {
  const query = db
    .select(summarySelection)
    .from(documents)
    .where(and(...where))
    .orderBy(asc(documents.seq));
  return limit === undefined ? query : query.limit(limit);
}

export async function listDocuments(
  db: Database,
  query: DocumentListQuery = {},
): Promise<Page<DocumentSummary>> {
  const limit = pageLimit(query.limit);
  const where: SQL[] = [];
  if (!query.includeSuperseded) where.push(eq(documents.current, true));
  if (query.sourceId) where.push(eq(documents.sourceId, query.sourceId));
  if (query.cursor) where.push(gt(documents.seq, decodeCursor("documents", query.cursor)));
  const rows = await selectSummaries(db, where, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > limit && last ? encodeCursor("documents", last.seq) : null,
  };
}

/** Links of the given documents, in their original order. */
export async function loadLinks(
  db: Database,
  documentIds: string[],
): Promise<Map<string, DocumentLink[]>> {
  const byDoc = new Map<string, DocumentLink[]>();
  if (documentIds.length === 0) return byDoc;
  const rows = await db
    .select()
    .from(documentLinks)
    .where(inArray(documentLinks.documentId, documentIds))
    .orderBy(asc(documentLinks.documentId), asc(documentLinks.position));
  for (const row of rows) {
    const list = byDoc.get(row.documentId) ?? [];
    list.push({ kind: row.kind, documentId: row.targetId, similarity: row.similarity });
    byDoc.set(row.documentId, list);
  }
  return byDoc;
}

export async function getDocument(db: Database, id: string): Promise<DocumentDetail> {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  if (!row) throw new NotFoundError("document", id);
  const [links, [next], list] = await Promise.all([
    loadLinks(db, [id]),
    db.select({ id: documents.id }).from(documents).where(eq(documents.supersedes, id)),
    selectStatements(db, [eq(statements.documentId, id)]),
  ]);
  return {
    document: toDocument(row, links.get(id) ?? []),
    version: row.version,
    supersedes: row.supersedes,
    supersededBy: next?.id ?? null,
    current: row.current,
    statements: list,
  };
}

export async function listSources(db: Database): Promise<SourceSummary[]> {
  const rows = await db
    .select({
      source: sources,
      documentCount: sql<number>`(SELECT count(*)::int FROM documents d WHERE d.source_id = ${qualified(sources.id)} AND d.current)`,
    })
    .from(sources)
    .orderBy(asc(sources.seq));
  return rows.map((row) => ({ ...toSource(row.source), documentCount: row.documentCount }));
}
