/** Statement queries: the filters every statement view shares, and the paginated statement list. */
import type {
  Page,
  ReviewStatus,
  Stance,
  Statement,
  StatementMode,
  StatementRecord,
} from "@stancemap/schema";
import { and, asc, eq, gt, ne, type SQL, sql } from "drizzle-orm";
import { decodeCursor, encodeCursor, pageLimit } from "../cursor.js";
import { type Database, qualified } from "../database.js";
import { firstDay, lastDay } from "../dates.js";
import { NotFoundError } from "../errors.js";
import { statements } from "../schema.js";
import { type StatementRow, statementColumns, toStatement } from "./mappers.js";

export interface StatementFilters {
  /** The holder, or any actor on the holder's primary memberOf chain (so a state matches its ministers). */
  actorId?: string;
  topicId?: string;
  sourceId?: string;
  documentId?: string;
  /** Partial dates; a statement matches when the days it may date from overlap [from, to]. */
  from?: string;
  to?: string;
  mode?: StatementMode;
  stance?: Stance;
  reviewStatus?: ReviewStatus;
  /** Include statements of superseded document versions (default false). */
  includeSuperseded?: boolean;
}

export interface StatementListQuery extends StatementFilters {
  cursor?: string;
  limit?: number;
}

/**
 * `holder_id` is one of the actors or of everyone whose primary memberOf chain leads to them. Following
 * `member_of[1]` matches `rootActorId`, so a root's rows in a comparison are the rows this selects.
 */
export function heldBy(actorIds: readonly string[]): SQL {
  const ids = sql.join(
    actorIds.map((id) => sql`${id}`),
    sql`, `,
  );
  // `= ANY(ARRAY(…))` evaluates the members once; `IN (…)` made the planner re-check them per row.
  return sql`${qualified(statements.holderId)} = ANY(ARRAY(
    WITH RECURSIVE members(id) AS (
      SELECT a.id FROM actors a WHERE a.id IN (${ids})
      UNION
      SELECT a.id FROM actors a JOIN members m ON a.member_of[1] = m.id
    )
    SELECT id FROM members
  ))`;
}

/**
 * Statements of current document versions. Superseded versions are few, so excluding them through
 * a small subquery (on a partial index) lets the planner skip joining every document, which on a
 * large corpus cost more than the rest of the query.
 */
export function inCurrentDocument(): SQL {
  return sql`${qualified(statements.documentId)} NOT IN (SELECT d.id FROM documents d WHERE NOT d.current)`;
}

/** The WHERE conditions for `filters`, on `statements` alone. */
export function statementConditions(filters: StatementFilters): SQL[] {
  const where: SQL[] = [];
  if (!filters.includeSuperseded) where.push(inCurrentDocument());
  if (filters.actorId) where.push(heldBy([filters.actorId]));
  if (filters.topicId) where.push(eq(statements.topicId, filters.topicId));
  if (filters.sourceId) {
    where.push(
      sql`${qualified(statements.documentId)} IN (SELECT d.id FROM documents d WHERE d.source_id = ${filters.sourceId})`,
    );
  }
  if (filters.documentId) where.push(eq(statements.documentId, filters.documentId));
  if (filters.from) where.push(sql`${statements.dateEnd} >= ${firstDay(filters.from)}`);
  if (filters.to) where.push(sql`${statements.dateStart} <= ${lastDay(filters.to)}`);
  if (filters.mode) where.push(eq(statements.mode, filters.mode));
  if (filters.stance) where.push(eq(statements.stance, filters.stance));
  if (filters.reviewStatus) where.push(eq(statements.reviewStatus, filters.reviewStatus));
  return where;
}

/** Statements matching `where` (conditions on `statements`), in ingest order (documents in order, each in reading order). */
export async function selectStatements(
  db: Database,
  where: SQL[],
  limit?: number,
): Promise<Statement[]> {
  const query = db
    .select(statementColumns)
    .from(statements)
    .where(and(...where))
    .orderBy(asc(statements.seq));
  const rows = limit === undefined ? await query : await query.limit(limit);
  return rows.map(toStatement);
}

export async function listStatements(
  db: Database,
  query: StatementListQuery = {},
): Promise<Page<StatementRecord>> {
  const limit = pageLimit(query.limit);
  const where = statementConditions(query);
  if (query.cursor) where.push(gt(statements.seq, decodeCursor("statements", query.cursor)));
  const rows = await db
    .select(statementColumns)
    .from(statements)
    .where(and(...where))
    .orderBy(asc(statements.seq))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toStatementRecord),
    nextCursor: rows.length > limit && last ? encodeCursor("statements", last.seq) : null,
  };
}

/** Statements that count as positions: current documents, not rejected by a reviewer. */
export function positionConditions(): SQL[] {
  return [inCurrentDocument(), ne(statements.reviewStatus, "rejected")];
}

/** A statement with the version a reviewer sends back with a decision. */
export function toStatementRecord(row: StatementRow): StatementRecord {
  return { ...toStatement(row), version: row.version };
}

export async function getStatement(db: Database, id: string): Promise<StatementRecord> {
  const [row] = await db.select(statementColumns).from(statements).where(eq(statements.id, id));
  if (!row) throw new NotFoundError("statement", id);
  return toStatementRecord(row);
}
