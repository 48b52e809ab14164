/** Side-by-side rows: each root actor's positions on each topic across documents, with their agreement. */
import {
  type ComparisonCell,
  type ComparisonRow,
  type ComparisonTable,
  rootActorId,
  type Statement,
} from "@stancemap/schema";
import { asc, inArray, type SQL } from "drizzle-orm";
import { agreementOf } from "../agreement.js";
import type { Database } from "../database.js";
import { actors, documents, sources, statements, topics } from "../schema.js";
import { actorColumns, toActor, toSource, toTopic } from "./mappers.js";
import { heldBy, positionConditions, selectStatements } from "./statements.js";

export interface CompareQuery {
  /** Keep statements held by these actors or by their members. */
  actorIds?: string[];
  topicIds?: string[];
}

/** Every actor's primary memberOf, for `rootActorId`. */
export async function loadMembership(db: Database): Promise<Map<string, { memberOf: string[] }>> {
  const rows = await db.select({ id: actors.id, memberOf: actors.memberOf }).from(actors);
  return new Map(rows.map((r) => [r.id, { memberOf: r.memberOf }]));
}

/** Groups statements by (root actor, topic), in first-seen order within a row. */
export function groupRows(
  list: Statement[],
  membership: ReadonlyMap<string, { memberOf: string[] }>,
): ComparisonRow[] {
  const rows = new Map<string, ComparisonRow>();
  for (const stm of list) {
    // A memberOf cycle has no root; the holder itself is the most honest row key then.
    const actorId = rootActorId(stm.holderId, membership) ?? stm.holderId;
    const key = `${actorId}\u0000${stm.topicId}`;
    const row = rows.get(key);
    if (row) row.statements.push(stm);
    else
      rows.set(key, {
        actorId,
        topicId: stm.topicId,
        agreement: "single_source",
        statements: [stm],
      });
  }
  return [...rows.values()]
    .map((row) => ({ ...row, agreement: agreementOf(row.statements) }))
    .sort((a, b) => compareStrings(a.actorId, b.actorId) || compareStrings(a.topicId, b.topicId));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function compare(db: Database, query: CompareQuery = {}): Promise<ComparisonRow[]> {
  const where: SQL[] = positionConditions();
  if (query.actorIds) {
    if (query.actorIds.length === 0) return [];
    where.push(heldBy(query.actorIds));
  }
  if (query.topicIds) {
    if (query.topicIds.length === 0) return [];
    where.push(inArray(statements.topicId, query.topicIds));
  }
  const [list, membership] = await Promise.all([selectStatements(db, where), loadMembership(db)]);
  return groupRows(list, membership);
}

/**
 * The comparison as a table: rows are root actor × topic, columns are sources (sorted by name,
 * documents without a source last), and each cell holds one document's statements. Names and
 * labels come along so a client can render it without further requests.
 */
export async function compareTable(
  db: Database,
  query: CompareQuery = {},
): Promise<ComparisonTable> {
  const rows = await compare(db, query);
  if (rows.length === 0) return { sources: [], actors: [], topics: [], rows: [] };
  const documentIds = new Set<string>();
  const actorIds = new Set<string>();
  const topicIds = new Set<string>();
  for (const row of rows) {
    actorIds.add(row.actorId);
    topicIds.add(row.topicId);
    for (const stm of row.statements) {
      documentIds.add(stm.documentId);
      actorIds.add(stm.holderId);
    }
  }
  const [docRows, actorRows, topicRows] = await Promise.all([
    db
      .select({
        id: documents.id,
        sourceId: documents.sourceId,
        title: documents.title,
        url: documents.url,
        publishedAt: documents.publishedAt,
      })
      .from(documents)
      .where(inArray(documents.id, [...documentIds])),
    db
      .select(actorColumns)
      .from(actors)
      .where(inArray(actors.id, [...actorIds]))
      .orderBy(asc(actors.seq)),
    db
      .select()
      .from(topics)
      .where(inArray(topics.id, [...topicIds]))
      .orderBy(asc(topics.seq)),
  ]);
  const docs = new Map(docRows.map((d) => [d.id, d]));
  const sourceIds = [...new Set(docRows.flatMap((d) => (d.sourceId ? [d.sourceId] : [])))];
  const sourceRows =
    sourceIds.length === 0
      ? []
      : await db.select().from(sources).where(inArray(sources.id, sourceIds));
  sourceRows.sort(
    (a, b) =>
      compareStrings(a.name.toLowerCase(), b.name.toLowerCase()) || compareStrings(a.id, b.id),
  );
  const column = new Map(sourceRows.map((source, i) => [source.id, i]));
  const columnOf = (sourceId: string | null) =>
    sourceId === null ? sourceRows.length : (column.get(sourceId) ?? sourceRows.length);

  return {
    sources: sourceRows.map(toSource),
    actors: actorRows.map(toActor),
    topics: topicRows.map(toTopic),
    rows: rows.map((row) => {
      const cells = new Map<string, ComparisonCell>();
      for (const stm of row.statements) {
        const cell = cells.get(stm.documentId);
        if (cell) {
          cell.statements.push(stm);
          continue;
        }
        const doc = docs.get(stm.documentId);
        cells.set(stm.documentId, {
          sourceId: doc?.sourceId ?? null,
          documentId: stm.documentId,
          title: doc?.title ?? null,
          url: doc?.url ?? null,
          publishedAt: doc?.publishedAt ?? null,
          statements: [stm],
        });
      }
      // Stable sort: within a column, documents keep ingest order.
      const ordered = [...cells.values()].sort(
        (a, b) => columnOf(a.sourceId) - columnOf(b.sourceId),
      );
      return {
        actorId: row.actorId,
        topicId: row.topicId,
        agreement: row.agreement,
        cells: ordered,
      };
    }),
  };
}
