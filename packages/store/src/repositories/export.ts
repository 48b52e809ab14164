/** Export: the stored corpus as a CorpusAnalysis, the same format ingest takes. */
import type { CorpusAnalysis, DocumentLink } from "@stancemap/schema";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../database.js";
import { actors, documentLinks, documents, sources, topics } from "../schema.js";
import { actorColumns, toActor, toDocument, toSource, toTopic } from "./mappers.js";
import { inCurrentDocument, selectStatements } from "./statements.js";

/**
 * Current document versions with their statements (as reviewed), and every actor, source and
 * topic, each in ingest order. Links to replaced versions are dropped so the export stays closed
 * under its own references.
 */
export async function exportCorpus(db: Database): Promise<CorpusAnalysis> {
  const [docRows, sourceRows, actorRows, topicRows, statementList] = await Promise.all([
    db.select().from(documents).where(eq(documents.current, true)).orderBy(asc(documents.seq)),
    db.select().from(sources).orderBy(asc(sources.seq)),
    db.select(actorColumns).from(actors).orderBy(asc(actors.seq)),
    db.select().from(topics).orderBy(asc(topics.seq)),
    selectStatements(db, [inCurrentDocument()]),
  ]);
  const ids = new Set(docRows.map((d) => d.id));
  const linkRows = await db
    .select({ link: documentLinks })
    .from(documentLinks)
    .innerJoin(documents, eq(documents.id, documentLinks.documentId))
    .where(eq(documents.current, true))
    .orderBy(asc(documentLinks.documentId), asc(documentLinks.position));
  const links = new Map<string, DocumentLink[]>();
  for (const { link } of linkRows) {
    const list = links.get(link.documentId) ?? [];
    list.push({ kind: link.kind, documentId: link.targetId, similarity: link.similarity });
    links.set(link.documentId, list);
  }
  return {
    documents: docRows.map((row) =>
      toDocument(
        row,
        (links.get(row.id) ?? []).filter((link) => ids.has(link.documentId)),
      ),
    ),
    sources: sourceRows.map(toSource),
    actors: actorRows.map(toActor),
    topics: topicRows.map(toTopic),
    statements: statementList,
  };
}
