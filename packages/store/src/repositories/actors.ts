/** Actor reads: the list with statement counts, and one actor's positions grouped by topic. */
import type { ActorDetail, ActorPosition, ActorSummary, Statement } from "@stancemap/schema";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { agreementOf } from "../agreement.js";
import { type Database, qualified } from "../database.js";
import { NotFoundError } from "../errors.js";
import { actors, topics } from "../schema.js";
import { actorColumns, toActor, toTopic } from "./mappers.js";
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
  return rows.map((row) => ({ ...toActor(row), statementCount: row.statementCount }));
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
  return { actor: toActor(row), members: members.map(toActor), positions };
}
