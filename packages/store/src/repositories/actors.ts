/**
 * Actors: the list with statement counts, one actor's positions grouped by topic, and an editor's
 * fixes to what the extractor found (rename, merge of duplicates), each audited in its transaction.
 */
import type { Actor, ActorDetail, ActorPosition, ActorSummary, Statement } from "@stancemap/schema";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { agreementOf } from "../agreement.js";
import { type Database, qualified } from "../database.js";
import { NotFoundError, StaleVersionError, translateDbError, ValidationError } from "../errors.js";
import { newId } from "../ids.js";
import { actors, auditEvents, sources, statements, topics } from "../schema.js";
import { type ActorRow, actorColumns, toActor, toTopic } from "./mappers.js";
import { recordMerge } from "./merges.js";
import { heldBy, positionConditions, selectStatements } from "./statements.js";

// The shapes are the API contract in @stancemap/schema (api.ts); the store returns exactly those.
export type { ActorDetail, ActorPosition, ActorSummary };

const heldCount = sql<number>`(
  SELECT count(*)::int FROM statements s JOIN documents d ON d.id = s.document_id
  WHERE s.holder_id = ${qualified(actors.id)} AND d.current
)`;

export async function listActors(db: Database): Promise<ActorSummary[]> {
  const rows = await db
    .select({ ...actorColumns, statementCount: heldCount })
    .from(actors)
    .orderBy(asc(actors.seq));
  return rows.map((row) => ({
    ...toActor(row),
    statementCount: row.statementCount,
    version: row.version,
  }));
}

export async function getActor(db: Database, id: string): Promise<ActorDetail> {
  const [row] = await db.select(actorColumns).from(actors).where(eq(actors.id, id));
  if (!row) throw new NotFoundError("actor", id);
  const members = await db
    .select(actorColumns)
    .from(actors)
    .where(sql`${actors.memberOf}[1] = ${id}`)
    .orderBy(asc(actors.seq));
  const list = await selectStatements(db, [...positionConditions(), heldBy([id])]);
  const byTopic = new Map<string, Statement[]>();
  for (const stm of list) {
    const group = byTopic.get(stm.topicId) ?? [];
    group.push(stm);
    byTopic.set(stm.topicId, group);
  }
  const topicRows =
    byTopic.size === 0
      ? []
      : await db
          .select()
          .from(topics)
          .where(inArray(topics.id, [...byTopic.keys()]));
  const topicById = new Map(topicRows.map((t) => [t.id, toTopic(t)]));
  const positions: ActorPosition[] = [];
  for (const [topicId, group] of byTopic) {
    const topic = topicById.get(topicId);
    if (topic) positions.push({ topic, agreement: agreementOf(group), statements: group });
  }
  return { actor: toActor(row), members: members.map(toActor), positions, version: row.version };
}

/** Who makes an actor edit (recorded in the audit trail), and the version they saw. */
export interface ActorEditOptions {
  actor: string;
  /** The actor's version the editor saw; a different stored version fails with StaleVersionError. */
  expectedVersion?: number;
}

export interface ActorRename {
  name: string;
  aliases?: string[];
}

export interface ActorMergeResult {
  /** The target actor after the merge, with its new version. */
  actor: Actor & { version: number };
  /** Statements whose holder or chain named the merged actor. */
  statementsMoved: number;
  auditEventId: string;
}

function checkEditor(options: ActorEditOptions): void {
  if (!options.actor.trim()) throw new ValidationError("actor is empty");
}

function checkActorVersion(row: ActorRow, options: ActorEditOptions): void {
  if (options.expectedVersion !== undefined && options.expectedVersion !== row.version) {
    throw new StaleVersionError("actor", row.id, options.expectedVersion, {
      ...toActor(row),
      version: row.version,
    });
  }
}

/** Distinct names, case-insensitively, without `except` (the display name). */
function distinctNames(names: string[], except: string): string[] {
  const seen = new Set([except.toLowerCase()]);
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

export async function renameActor(
  db: Database,
  id: string,
  rename: ActorRename,
  options: ActorEditOptions,
): Promise<Actor & { version: number }> {
  checkEditor(options);
  const name = rename.name.trim();
  if (!name) throw new ValidationError("An actor name cannot be empty");
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select(actorColumns)
        .from(actors)
        .where(eq(actors.id, id))
        .for("update");
      if (!current) throw new NotFoundError("actor", id);
      checkActorVersion(current, options);
      // The old display name stays findable as an alias unless the editor lists the aliases.
      const aliases = distinctNames(rename.aliases ?? [current.name, ...current.aliases], name);
      const [updated] = await tx
        .update(actors)
        .set({ name, aliases, version: sql`${actors.version} + 1` })
        .where(eq(actors.id, id))
        .returning(actorColumns);
      if (!updated) throw new NotFoundError("actor", id);
      await tx.insert(auditEvents).values({
        id: newId("aud"),
        actor: options.actor,
        action: "rename_actor",
        entityType: "actor",
        entityId: id,
        before: { name: current.name, aliases: current.aliases, version: current.version },
        after: { name: updated.name, aliases: updated.aliases, version: updated.version },
      });
      return { ...toActor(updated), version: updated.version };
    });
  } catch (error) {
    throw translateDbError(error);
  }
}

/**
 * Folds `sourceId` into `targetId` (the same actor found twice): statements it holds or relays,
 * members, outlets and names move to the target, and the source is deleted. Merging an actor into
 * one of its own members is refused: that would make the member its own parent.
 */
export async function mergeActors(
  db: Database,
  sourceId: string,
  targetId: string,
  options: ActorEditOptions,
): Promise<ActorMergeResult> {
  checkEditor(options);
  if (sourceId === targetId)
    throw new ValidationError(`Cannot merge actor ${sourceId} into itself`);
  try {
    return await db.transaction(async (tx) => {
      const locked = await tx
        .select(actorColumns)
        .from(actors)
        .where(inArray(actors.id, [sourceId, targetId]))
        .orderBy(asc(actors.id))
        .for("update");
      const source = locked.find((a) => a.id === sourceId);
      const target = locked.find((a) => a.id === targetId);
      if (!source) throw new NotFoundError("actor", sourceId);
      if (!target) throw new NotFoundError("actor", targetId);
      checkActorVersion(source, options);
      if (target.memberOf.includes(sourceId)) {
        throw new ValidationError(
          `${target.name} is a member of ${source.name}; merge the member into its parent instead`,
        );
      }
      // Statements the source holds, or relays somewhere in a chain (the chain is JSON).
      const touched = await tx
        .select({ id: statements.id, holderId: statements.holderId, chain: statements.chain })
        .from(statements)
        .where(
          sql`${statements.holderId} = ${sourceId} OR ${statements.chain} @> ${JSON.stringify([{ actorId: sourceId }])}::jsonb`,
        );
      for (const row of touched) {
        await tx
          .update(statements)
          .set({
            holderId: row.holderId === sourceId ? targetId : row.holderId,
            chain: row.chain.map((hop) =>
              hop.actorId === sourceId ? { ...hop, actorId: targetId } : hop,
            ),
            version: sql`${statements.version} + 1`,
          })
          .where(eq(statements.id, row.id));
      }
      await tx
        .update(actors)
        .set({ memberOf: sql`array_replace(${actors.memberOf}, ${sourceId}, ${targetId})` })
        .where(and(sql`${sourceId} = ANY(${actors.memberOf})`, ne(actors.id, targetId)));
      await tx.update(sources).set({ actorId: targetId }).where(eq(sources.actorId, sourceId));
      await tx.delete(actors).where(eq(actors.id, sourceId));
      await recordMerge(tx, "actor", sourceId, targetId);
      const aliases = distinctNames(
        [...target.aliases, source.name, ...source.aliases],
        target.name,
      );
      const [after] = await tx
        .update(actors)
        .set({ aliases, version: sql`${actors.version} + 1` })
        .where(eq(actors.id, targetId))
        .returning(actorColumns);
      if (!after) throw new NotFoundError("actor", targetId);
      const auditEventId = newId("aud");
      await tx.insert(auditEvents).values({
        id: auditEventId,
        actor: options.actor,
        action: "merge_actors",
        entityType: "actor",
        entityId: sourceId,
        before: { source: toActor(source), target: toActor(target) },
        after: { target: toActor(after), statements: touched.map((t) => t.id).sort() },
      });
      return {
        actor: { ...toActor(after), version: after.version },
        statementsMoved: touched.length,
        auditEventId,
      };
    });
  } catch (error) {
    throw translateDbError(error);
  }
}
