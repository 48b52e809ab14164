/** Topic reads: the list with statement counts, and one topic with its comparison rows. */
import type { TopicDetail, TopicSummary } from "@stancemap/schema";
import { asc, eq, sql } from "drizzle-orm";
import { type Database, qualified } from "../database.js";
import { NotFoundError } from "../errors.js";
import { topics } from "../schema.js";
import { compare } from "./compare.js";
import { toTopic } from "./mappers.js";

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
  return rows.map((row) => ({ ...toTopic(row.topic), statementCount: row.statementCount }));
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
  };
}
