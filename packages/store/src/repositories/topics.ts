/**
 * Topics: the list with statement counts, one topic with its comparison rows, and the reviewer's
 * fixes to what the extractor induced (rename, merge), each audited in its own transaction.
 */
import type { Topic, TopicDetail, TopicSummary } from "@stancemap/schema";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { type Database, qualified } from "../database.js";
import { NotFoundError, StaleVersionError, translateDbError, ValidationError } from "../errors.js";
import { newId } from "../ids.js";
import { auditEvents, statements, topics } from "../schema.js";
import { compare } from "./compare.js";
import { toTopic } from "./mappers.js";
import { recordMerge } from "./merges.js";

// The shapes are the API contract in @stancemap/schema (api.ts); the store returns exactly those.
export type { TopicDetail, TopicSummary };

const topicCount = sql<number>`(
  SELECT count(*)::int FROM statements s JOIN documents d ON d.id = s.document_id
  WHERE s.topic_id = ${qualified(topics.id)} AND d.current
)`;

export async function listTopics(db: Database): Promise<TopicSummary[]> {
  const rows = await db
    .select({ topic: topics, statementCount: topicCount })
    .from(topics)
    .orderBy(asc(topics.seq));
  return rows.map((row) => ({
    ...toTopic(row.topic),
    statementCount: row.statementCount,
    version: row.topic.version,
  }));
}

export async function getTopic(db: Database, id: string): Promise<TopicDetail> {
  const [row] = await db.select().from(topics).where(eq(topics.id, id));
  if (!row) throw new NotFoundError("topic", id);
  const children = await db
    .select()
    .from(topics)
    .where(eq(topics.parentId, id))
    .orderBy(asc(topics.seq));
  return {
    topic: toTopic(row),
    children: children.map(toTopic),
    rows: await compare(db, { topicIds: [id] }),
    version: row.version,
  };
}

/** What a reviewer may change on a topic the extractor induced. */
export interface TopicRename {
  label: string;
  proposition?: string;
}

/** Who makes a topic edit (recorded in the audit trail), and the version they saw. */
export interface TopicEditOptions {
  actor: string;
  /** The topic's version the editor saw; a different stored version fails with StaleVersionError. */
  expectedVersion?: number;
}

export interface TopicMergeResult {
  /** The target topic after the merge, with its new version. */
  topic: Topic & { version: number };
  /** How many statements moved from the source to the target. */
  statementsMoved: number;
  /** The source's sub-topics, now refining the target. */
  reparented: string[];
  auditEventId: string;
}

function checkActor(options: TopicEditOptions): void {
  if (!options.actor.trim()) throw new ValidationError("actor is empty");
}

/** Fails when the editor saw another version than the stored one. */
function checkVersion(row: typeof topics.$inferSelect, options: TopicEditOptions): void {
  if (options.expectedVersion !== undefined && options.expectedVersion !== row.version) {
    throw new StaleVersionError("topic", row.id, options.expectedVersion, {
      ...toTopic(row),
      version: row.version,
    });
  }
}

export async function renameTopic(
  db: Database,
  id: string,
  rename: TopicRename,
  options: TopicEditOptions,
): Promise<Topic & { version: number }> {
  checkActor(options);
  const label = rename.label.trim();
  if (!label) throw new ValidationError("A topic label cannot be empty");
  const proposition = rename.proposition?.trim();
  if (proposition === "") throw new ValidationError("A topic proposition cannot be empty");
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(topics).where(eq(topics.id, id)).for("update");
      if (!current) throw new NotFoundError("topic", id);
      checkVersion(current, options);
      const [updated] = await tx
        .update(topics)
        .set({
          label,
          ...(proposition !== undefined && { proposition }),
          version: sql`${topics.version} + 1`,
        })
        .where(eq(topics.id, id))
        .returning();
      if (!updated) throw new NotFoundError("topic", id);
      await tx.insert(auditEvents).values({
        id: newId("aud"),
        actor: options.actor,
        action: "rename_topic",
        entityType: "topic",
        entityId: id,
        before: {
          label: current.label,
          proposition: current.proposition,
          version: current.version,
        },
        after: { label: updated.label, proposition: updated.proposition, version: updated.version },
      });
      return { ...toTopic(updated), version: updated.version };
    });
  } catch (error) {
    throw translateDbError(error);
  }
}

/**
 * Folds `sourceId` into `targetId`: its statements and sub-topics move to the target and the source
 * is deleted. Merging a topic into one of its own sub-topics lifts that sub-topic to the source's
 * parent first, so the tree never gains a cycle.
 */
export async function mergeTopics(
  db: Database,
  sourceId: string,
  targetId: string,
  options: TopicEditOptions,
): Promise<TopicMergeResult> {
  checkActor(options);
  if (sourceId === targetId) {
    throw new ValidationError(`Cannot merge topic ${sourceId} into itself`);
  }
  try {
    return await db.transaction(async (tx) => {
      const locked = await tx
        .select()
        .from(topics)
        .where(inArray(topics.id, [sourceId, targetId]))
        .orderBy(asc(topics.id))
        .for("update");
      const source = locked.find((t) => t.id === sourceId);
      const target = locked.find((t) => t.id === targetId);
      if (!source) throw new NotFoundError("topic", sourceId);
      if (!target) throw new NotFoundError("topic", targetId);
      checkVersion(source, options);

      // Is the target inside the source's subtree? Walk up from the target.
      const all = await tx.select({ id: topics.id, parentId: topics.parentId }).from(topics);
      const parentOf = new Map(all.map((t) => [t.id, t.parentId]));
      let underSource = false;
      for (let at = target.parentId, hops = 0; at && hops <= all.length; hops++) {
        if (at === sourceId) {
          underSource = true;
          break;
        }
        at = parentOf.get(at) ?? null;
      }
      if (underSource) {
        await tx.update(topics).set({ parentId: source.parentId }).where(eq(topics.id, targetId));
      }
      const reparented = await tx
        .update(topics)
        .set({ parentId: targetId })
        .where(and(eq(topics.parentId, sourceId), ne(topics.id, targetId)))
        .returning({ id: topics.id });
      // A statement's topic is part of what a reviewer saw, so its version moves on.
      const moved = await tx
        .update(statements)
        .set({ topicId: targetId, version: sql`${statements.version} + 1` })
        .where(eq(statements.topicId, sourceId))
        .returning({ id: statements.id });
      await tx.delete(topics).where(eq(topics.id, sourceId));
      await recordMerge(tx, "topic", sourceId, targetId);
      const [after] = await tx
        .update(topics)
        .set({ version: sql`${topics.version} + 1` })
        .where(eq(topics.id, targetId))
        .returning();
      if (!after) throw new NotFoundError("topic", targetId);
      const auditEventId = newId("aud");
      const reparentedIds = reparented.map((r) => r.id).sort();
      await tx.insert(auditEvents).values({
        id: auditEventId,
        actor: options.actor,
        action: "merge_topics",
        entityType: "topic",
        entityId: sourceId,
        before: { source: toTopic(source), target: toTopic(target) },
        after: {
          target: toTopic(after),
          statements: moved.map((m) => m.id).sort(),
          reparented: reparentedIds,
        },
      });
      return {
        topic: { ...toTopic(after), version: after.version },
        statementsMoved: moved.length,
        reparented: reparentedIds,
        auditEventId,
      };
    });
  } catch (error) {
    throw translateDbError(error);
  }
}
