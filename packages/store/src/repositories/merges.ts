/**
 * Editors' merges outlive re-extraction: a merged id is recorded with the record that absorbed it,
 * and ingest maps every incoming id through those records before it writes anything.
 */
import type { CorpusAnalysis } from "@stancemap/schema";
import { eq, inArray } from "drizzle-orm";
import { chunks, type Database } from "../database.js";
import { mergedIds } from "../schema.js";

export async function recordMerge(
  tx: Database,
  kind: "topic" | "actor",
  fromId: string,
  intoId: string,
): Promise<void> {
  // Earlier merges into `fromId` now lead straight to `intoId`, so lookups take one step.
  await tx.update(mergedIds).set({ intoId }).where(eq(mergedIds.intoId, fromId));
  await tx
    .insert(mergedIds)
    .values({ fromId, kind, intoId })
    .onConflictDoUpdate({ target: mergedIds.fromId, set: { intoId, kind } });
  // A record merged away and later merged back into is its own target again.
  await tx.delete(mergedIds).where(eq(mergedIds.fromId, intoId));
}

/** The corpus with merged topic and actor ids replaced by their targets, and those records dropped. */
export async function applyMerges(tx: Database, analysis: CorpusAnalysis): Promise<CorpusAnalysis> {
  const ids = new Set<string>();
  for (const actor of analysis.actors) ids.add(actor.id);
  for (const topic of analysis.topics) ids.add(topic.id);
  const into = new Map<string, string>();
  for (const chunk of chunks([...ids])) {
    const rows = await tx
      .select({ fromId: mergedIds.fromId, intoId: mergedIds.intoId })
      .from(mergedIds)
      .where(inArray(mergedIds.fromId, chunk));
    for (const row of rows) into.set(row.fromId, row.intoId);
  }
  if (into.size === 0) return analysis;
  const map = (id: string) => into.get(id) ?? id;
  const mapNullable = (id: string | null) => (id === null ? null : map(id));
  return {
    ...analysis,
    actors: analysis.actors
      .filter((a) => !into.has(a.id))
      .map((a) => ({
        ...a,
        memberOf: [...new Set(a.memberOf.map(map))].filter((m) => m !== a.id),
      })),
    sources: analysis.sources.map((s) => ({ ...s, actorId: mapNullable(s.actorId) })),
    topics: analysis.topics
      .filter((t) => !into.has(t.id))
      .map((t) => {
        const parentId = mapNullable(t.parentId);
        return { ...t, parentId: parentId === t.id ? null : parentId };
      }),
    statements: analysis.statements.map((s) => ({
      ...s,
      holderId: map(s.holderId),
      topicId: map(s.topicId),
      chain: s.chain.map((hop) => (hop.actorId ? { ...hop, actorId: map(hop.actorId) } : hop)),
    })),
  };
}
