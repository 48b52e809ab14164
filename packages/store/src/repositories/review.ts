/** Reviews and the audit trail: a decision updates its statement and is recorded twice, atomically. */
import {
  type AuditAction,
  type AuditEvent,
  checkEvidence,
  type Page,
  type ReviewAction,
  type ReviewDecision,
  type ReviewResult,
  type ReviewStatus,
  type Statement,
  type StatementCorrection,
} from "@stancemap/schema";
import { and, asc, desc, eq, inArray, lt, type SQL, sql } from "drizzle-orm";
import { decodeCursor, encodeCursor, pageLimit } from "../cursor.js";
import type { Database } from "../database.js";
import {
  NotFoundError,
  StaleVersionError,
  StoreError,
  translateDbError,
  ValidationError,
} from "../errors.js";
import { newId } from "../ids.js";
import { auditEvents, documents, reviewDecisions, statements } from "../schema.js";
import { statementColumns, toAuditEvent, toReviewDecision, toStatement } from "./mappers.js";
import { toStatementRecord } from "./statements.js";

/** A ReviewDecision as a caller submits it: the store fills in `id` and `decidedAt` when absent. */
export interface ReviewInput {
  statementId: string;
  action: ReviewAction;
  correction?: StatementCorrection | null;
  reviewer: string;
  note?: string | null;
  id?: string;
  decidedAt?: string;
  /** The statement version the reviewer saw; a different stored version fails with StaleVersionError. */
  expectedVersion?: number;
}

// The shape is the API contract in @stancemap/schema (api.ts).
export type { ReviewResult };

const STATUS: Record<ReviewAction, ReviewStatus> = {
  accept: "accepted",
  reject: "rejected",
  correct: "corrected",
};

function checkInput(input: ReviewInput): Date {
  const decidedAt = input.decidedAt ? new Date(input.decidedAt) : new Date();
  if (Number.isNaN(decidedAt.getTime())) throw new ValidationError("decidedAt is not a timestamp");
  if (!input.reviewer.trim()) throw new ValidationError("reviewer is empty");
  const correction = input.correction ?? null;
  if (input.action === "correct") {
    if (!correction || Object.values(correction).every((v) => v === undefined)) {
      throw new ValidationError("A correction needs at least one corrected field");
    }
  } else if (correction) {
    throw new ValidationError(`A ${input.action} decision carries no correction`);
  }
  return decidedAt;
}

export async function recordReview(db: Database, input: ReviewInput): Promise<ReviewResult> {
  const decidedAt = checkInput(input);
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select({ ...statementColumns, text: documents.text })
        .from(statements)
        .innerJoin(documents, eq(documents.id, statements.documentId))
        .where(eq(statements.id, input.statementId))
        .for("update", { of: statements });
      if (!current) throw new NotFoundError("statement", input.statementId);
      if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
        const { text: _text, ...row } = current;
        throw new StaleVersionError(
          "statement",
          input.statementId,
          input.expectedVersion,
          toStatementRecord(row),
        );
      }
      const correction = input.correction ?? null;
      if (correction?.evidence) {
        const problem = checkEvidence(correction.evidence, current.text);
        if (problem) throw new ValidationError(`Corrected evidence does not anchor: ${problem}`);
      }
      const beforeStatement = toStatement(current);
      const changes: Partial<typeof statements.$inferInsert> = {
        reviewStatus: STATUS[input.action],
        ...(correction?.holderId !== undefined && { holderId: correction.holderId }),
        ...(correction?.topicId !== undefined && { topicId: correction.topicId }),
        ...(correction?.stance !== undefined && { stance: correction.stance }),
        ...(correction?.evidence !== undefined && {
          evidenceStart: correction.evidence.start,
          evidenceEnd: correction.evidence.end,
          evidenceExact: correction.evidence.exact,
          evidencePrefix: correction.evidence.prefix,
          evidenceSuffix: correction.evidence.suffix,
        }),
      };
      const [updated] = await tx
        .update(statements)
        .set({ ...changes, version: sql`${statements.version} + 1` })
        .where(eq(statements.id, input.statementId))
        .returning(statementColumns);
      if (!updated) throw new NotFoundError("statement", input.statementId);
      const [decision] = await tx
        .insert(reviewDecisions)
        .values({
          id: input.id ?? newId("rev"),
          statementId: input.statementId,
          action: input.action,
          correction,
          reviewer: input.reviewer,
          decidedAt,
          note: input.note ?? null,
        })
        .returning();
      if (!decision) throw new StoreError("conflict", "The review decision was not stored");
      const afterStatement = toStatement(updated);
      // Before/after hold only what the decision changed, plus the version it moved from and to.
      const touched = ["reviewStatus", "holderId", "topicId", "stance", "evidence"] as const;
      const pick = (stm: Statement, version: number) => ({
        ...Object.fromEntries(
          touched
            .filter((key) => key === "reviewStatus" || correction?.[key] !== undefined)
            .map((key) => [key, stm[key]]),
        ),
        version,
      });
      await tx.insert(auditEvents).values({
        id: newId("aud"),
        actor: input.reviewer,
        action: "review",
        entityType: "statement",
        entityId: input.statementId,
        before: pick(beforeStatement, current.version),
        after: { ...pick(afterStatement, updated.version), decisionId: decision.id },
      });
      return {
        decision: toReviewDecision(decision),
        statement: afterStatement,
        version: updated.version,
      };
    });
  } catch (error) {
    throw translateDbError(error);
  }
}

export async function listReviewDecisions(
  db: Database,
  statementId: string,
): Promise<ReviewDecision[]> {
  const [exists] = await db
    .select({ id: statements.id })
    .from(statements)
    .where(eq(statements.id, statementId));
  if (!exists) throw new NotFoundError("statement", statementId);
  const rows = await db
    .select()
    .from(reviewDecisions)
    .where(eq(reviewDecisions.statementId, statementId))
    .orderBy(asc(reviewDecisions.seq));
  return rows.map(toReviewDecision);
}

export interface AuditQuery {
  entityType?: AuditEvent["entityType"];
  /** Only events on these kinds of record (e.g. all but users and tokens). */
  entityTypes?: AuditEvent["entityType"][];
  entityId?: string;
  action?: AuditAction;
  actor?: string;
  cursor?: string;
  limit?: number;
}

/** The audit trail, newest first. */
export async function listAuditEvents(
  db: Database,
  query: AuditQuery = {},
): Promise<Page<AuditEvent>> {
  const limit = pageLimit(query.limit);
  const where: SQL[] = [];
  if (query.entityType) where.push(eq(auditEvents.entityType, query.entityType));
  if (query.entityTypes) where.push(inArray(auditEvents.entityType, query.entityTypes));
  if (query.entityId) where.push(eq(auditEvents.entityId, query.entityId));
  if (query.action) where.push(eq(auditEvents.action, query.action));
  if (query.actor) where.push(eq(auditEvents.actor, query.actor));
  if (query.cursor) where.push(lt(auditEvents.seq, decodeCursor("audit", query.cursor)));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.seq))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toAuditEvent),
    nextCursor: rows.length > limit && last ? encodeCursor("audit", last.seq) : null,
  };
}
