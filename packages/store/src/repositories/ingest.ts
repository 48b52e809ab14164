/**
 * Writes an extractor's CorpusAnalysis in one transaction: idempotent by content hash, a changed
 * text at a known origin becomes the document's next version, and reviews follow their evidence.
 */
import {
  type CorpusAnalysis,
  checkEvidence,
  type Document,
  type Evidence,
  type IngestSummary,
  makeEvidence,
  type ReviewStatus,
  type Statement,
  type StatementCorrection,
  type UpsertCounts,
} from "@stancemap/schema";
import { and, eq, inArray, ne, not, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { anchorQuote } from "../anchor.js";
import { chunks, type Database } from "../database.js";
import { firstDay, lastDay } from "../dates.js";
import { InvalidReferenceError, translateDbError, ValidationError } from "../errors.js";
import { newId } from "../ids.js";
import {
  actors,
  auditEvents,
  documentLinks,
  documents,
  type ExtractedStatement,
  reviewDecisions,
  sources,
  statements,
  topics,
} from "../schema.js";
import { applyMerges } from "./merges.js";

export interface IngestOptions {
  /** Who ingests (user name, or `system`); recorded in the audit event. */
  actor: string;
}

// The shapes are the API contract in @stancemap/schema (api.ts).
export type { IngestSummary, UpsertCounts };

type StatementInsert = typeof statements.$inferInsert;

/** Rejects duplicate ids: a multi-row upsert cannot touch one row twice, and the data would be ambiguous. */
function assertUniqueIds(items: readonly { id: string }[], what: string) {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id))
      throw new ValidationError(`Duplicate ${what} id ${item.id} in the batch`);
    seen.add(item.id);
  }
}

/** Parents before children, so the parent FK holds across 1,000-row chunks. */
function topicsParentFirst(list: CorpusAnalysis["topics"]): CorpusAnalysis["topics"] {
  const byId = new Map(list.map((t) => [t.id, t]));
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const out: CorpusAnalysis["topics"] = [];
  const visit = (topic: CorpusAnalysis["topics"][number]) => {
    if (placed.has(topic.id)) return;
    if (visiting.has(topic.id))
      throw new ValidationError(`Topic parents form a cycle at ${topic.id}`);
    visiting.add(topic.id);
    const parent = topic.parentId ? byId.get(topic.parentId) : undefined;
    if (parent) visit(parent);
    visiting.delete(topic.id);
    placed.add(topic.id);
    out.push(topic);
  };
  for (const topic of list) visit(topic);
  return out;
}

/** `(a, b, …) IS DISTINCT FROM (excluded.a, excluded.b, …)`: update only rows that really change. */
function changed(table: PgTable, columns: Record<string, PgColumn>): SQL {
  const names = Object.values(columns).map((c) => c.name);
  const current = sql.join(
    names.map((n) => sql`${table}.${sql.identifier(n)}`),
    sql`, `,
  );
  const incoming = sql.join(
    names.map((n) => sql`excluded.${sql.identifier(n)}`),
    sql`, `,
  );
  return sql`(${current}) IS DISTINCT FROM (${incoming})`;
}

function excludedSet(columns: Record<string, PgColumn>): Record<string, SQL> {
  return Object.fromEntries(
    Object.entries(columns).map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
  );
}

/** Inserts or updates rows by id in chunks, counting which were new and which changed. */
async function upsertById<T extends PgTable>(
  tx: Database,
  table: T,
  idColumn: PgColumn,
  rows: T["$inferInsert"][],
  columns: Record<string, PgColumn>,
  /** Existing rows that must not change, e.g. records an editor has renamed (version > 1). */
  keep?: SQL,
): Promise<UpsertCounts> {
  const counts = { created: 0, updated: 0 };
  for (const chunk of chunks(rows)) {
    const result = await tx
      .insert(table)
      .values(chunk)
      .onConflictDoUpdate({
        target: idColumn,
        set: excludedSet(columns),
        setWhere: keep ? and(changed(table, columns), not(keep)) : changed(table, columns),
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    for (const row of result) {
      if (row.inserted) counts.created++;
      else counts.updated++;
    }
  }
  return counts;
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.exact === b.exact &&
    a.prefix === b.prefix &&
    a.suffix === b.suffix
  );
}

/** Moves a span from an old version's text into the new one, or null if it no longer anchors. */
function reanchor(text: string, evidence: Evidence): Evidence | null {
  const anchor = anchorQuote(text, evidence);
  return anchor ? makeEvidence(text, anchor.start, anchor.end) : null;
}

interface ReviewedStatement {
  id: string;
  documentId: string;
  holderId: string;
  topicId: string;
  stance: Statement["stance"];
  evidence: Evidence;
  reviewStatus: ReviewStatus;
  extracted: ExtractedStatement;
  decisions: (typeof reviewDecisions.$inferSelect)[];
}

interface CarryOver {
  statement: StatementInsert;
  decisions: (typeof reviewDecisions.$inferInsert)[];
  from: string;
}

/** The old statement's decisions, re-anchored onto `next`; null if a corrected span no longer anchors. */
function copyDecisions(
  text: string,
  old: ReviewedStatement,
  nextId: string,
): (typeof reviewDecisions.$inferInsert)[] | null {
  const copies: (typeof reviewDecisions.$inferInsert)[] = [];
  for (const decision of old.decisions) {
    let correction: StatementCorrection | null = decision.correction ?? null;
    if (correction?.evidence) {
      const moved = reanchor(text, correction.evidence);
      if (!moved) return null;
      correction = { ...correction, evidence: moved };
    }
    copies.push({
      id: newId("rev"),
      statementId: nextId,
      action: decision.action,
      correction,
      reviewer: decision.reviewer,
      decidedAt: decision.decidedAt,
      note: decision.note,
      carriedFrom: decision.id,
    });
  }
  return copies;
}

/**
 * Gives `next` (a new version's statement) the review of an old statement when the extractor saw
 * the same holder and topic there and the old quote re-anchors exactly on `next`'s span.
 */
function carryReview(
  text: string,
  next: StatementInsert,
  candidates: ReviewedStatement[],
  used: Set<string>,
): CarryOver | null {
  for (const old of candidates) {
    if (used.has(old.id)) continue;
    const { extracted } = old;
    if (extracted.holderId !== next.holderId || extracted.topicId !== next.topicId) continue;
    const anchor = anchorQuote(text, extracted.evidence);
    if (!anchor || anchor.start !== next.evidenceStart || anchor.end !== next.evidenceEnd) continue;
    // A reviewer's corrected span has to anchor too, or the review would describe other words.
    const corrected = !sameEvidence(old.evidence, extracted.evidence);
    const evidence = corrected ? reanchor(text, old.evidence) : null;
    if (corrected && !evidence) continue;
    const decisions = copyDecisions(text, old, next.id);
    if (!decisions) continue;
    used.add(old.id);
    const statement: StatementInsert = {
      ...next,
      holderId: old.holderId,
      topicId: old.topicId,
      stance: old.stance,
      reviewStatus: old.reviewStatus,
      ...(evidence && {
        evidenceStart: evidence.start,
        evidenceEnd: evidence.end,
        evidenceExact: evidence.exact,
        evidencePrefix: evidence.prefix,
        evidenceSuffix: evidence.suffix,
      }),
    };
    return { statement, decisions, from: old.id };
  }
  return null;
}

function statementRow(stm: Statement, doc: Document | undefined): StatementInsert {
  const date = stm.saidAt?.date ?? doc?.publishedAt ?? null;
  return {
    id: stm.id,
    documentId: stm.documentId,
    holderId: stm.holderId,
    topicId: stm.topicId,
    evidenceStart: stm.evidence.start,
    evidenceEnd: stm.evidence.end,
    evidenceExact: stm.evidence.exact,
    evidencePrefix: stm.evidence.prefix,
    evidenceSuffix: stm.evidence.suffix,
    mode: stm.mode,
    cue: stm.cue,
    stance: stm.stance,
    summary: stm.summary,
    hedges: stm.hedges,
    chain: stm.chain,
    saidAt: stm.saidAt,
    dateStart: date && firstDay(date),
    dateEnd: date && lastDay(date),
    confidence: stm.confidence,
    reviewStatus: stm.reviewStatus,
    extracted: {
      holderId: stm.holderId,
      topicId: stm.topicId,
      stance: stm.stance,
      evidence: stm.evidence,
    },
  };
}

/** Statement columns as `jsonb_to_recordset` reads them from the payload, in insert order. */
const STATEMENT_RECORD: [column: string, type: string][] = [
  ["id", "text"],
  ["document_id", "text"],
  ["holder_id", "text"],
  ["topic_id", "text"],
  ["evidence_start", "integer"],
  ["evidence_end", "integer"],
  ["evidence_exact", "text"],
  ["evidence_prefix", "text"],
  ["evidence_suffix", "text"],
  ["mode", "text"],
  ["cue", "text"],
  ["stance", "text"],
  ["summary", "text"],
  ["hedges", "jsonb"],
  ["chain", "jsonb"],
  ["said_at", "jsonb"],
  ["date_start", "text"],
  ["date_end", "text"],
  ["confidence", "double precision"],
  ["review_status", "text"],
  ["extracted", "jsonb"],
];
const statementColumnList = sql.raw(STATEMENT_RECORD.map(([column]) => column).join(", "));
const statementRecordType = sql.raw(
  STATEMENT_RECORD.map(([column, type]) => `${column} ${type}`).join(", "),
);

/**
 * Inserts statements as one JSON parameter per 2,000 rows, unpacked by `jsonb_to_recordset`: a
 * batch is most of an ingest's rows, and binding 21 parameters per row cost more in the query
 * builder and the driver than the insert itself.
 */
async function insertStatements(tx: Database, rows: StatementInsert[]): Promise<void> {
  for (const chunk of chunks(rows, 2000)) {
    const payload = chunk.map((row) => ({
      id: row.id,
      document_id: row.documentId,
      holder_id: row.holderId,
      topic_id: row.topicId,
      evidence_start: row.evidenceStart,
      evidence_end: row.evidenceEnd,
      evidence_exact: row.evidenceExact,
      evidence_prefix: row.evidencePrefix,
      evidence_suffix: row.evidenceSuffix,
      mode: row.mode,
      cue: row.cue,
      stance: row.stance,
      summary: row.summary,
      hedges: row.hedges,
      chain: row.chain,
      said_at: row.saidAt ?? null,
      date_start: row.dateStart ?? null,
      date_end: row.dateEnd ?? null,
      confidence: row.confidence,
      review_status: row.reviewStatus ?? "unreviewed",
      extracted: row.extracted,
    }));
    await tx.execute(
      sql`INSERT INTO statements (${statementColumnList}) SELECT ${statementColumnList} FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS r(${statementRecordType})`,
    );
  }
}

function documentRow(
  doc: Document,
  version: number,
  supersedes: string | null,
): typeof documents.$inferInsert {
  return {
    id: doc.id,
    origin: doc.origin,
    sourceId: doc.sourceId,
    title: doc.title,
    url: doc.url,
    publishedAt: doc.publishedAt,
    datePrecision: doc.datePrecision,
    dateSource: doc.dateSource,
    language: doc.language,
    text: doc.text,
    excluded: doc.excluded,
    contentHash: doc.contentHash,
    version,
    supersedes,
    current: true,
  };
}

interface KnownDocuments {
  idByHash: Map<string, string>;
  currentByOrigin: Map<string, { id: string; version: number }>;
}

/** Stored documents sharing a content hash or an origin with the batch. */
async function loadKnownDocuments(tx: Database, docs: Document[]): Promise<KnownDocuments> {
  const idByHash = new Map<string, string>();
  const currentByOrigin = new Map<string, { id: string; version: number }>();
  for (const chunk of chunks(docs.map((d) => d.contentHash))) {
    const rows = await tx
      .select({ id: documents.id, contentHash: documents.contentHash })
      .from(documents)
      .where(inArray(documents.contentHash, chunk));
    for (const row of rows) idByHash.set(row.contentHash, row.id);
  }
  for (const chunk of chunks([...new Set(docs.map((d) => d.origin))])) {
    const rows = await tx
      .select({ id: documents.id, origin: documents.origin, version: documents.version })
      .from(documents)
      .where(and(inArray(documents.origin, chunk), eq(documents.current, true)));
    for (const row of rows) currentByOrigin.set(row.origin, { id: row.id, version: row.version });
  }
  return { idByHash, currentByOrigin };
}

interface DocumentPlan {
  created: string[];
  versioned: IngestSummary["documents"]["versioned"];
  unchanged: string[];
  /** Batch ids of the unchanged documents, whose statements are skipped. */
  skippedDocIds: Set<string>;
  /** Rows to insert, in batch order. */
  rowById: Map<string, typeof documents.$inferInsert>;
  /** Stored current versions that the batch replaces. */
  retire: string[];
}

/**
 * Known hashes are unchanged; a new hash at an origin with a current version becomes the next
 * version (within the batch too, so only the last text per origin stays current).
 */
function planDocuments(docs: Document[], known: KnownDocuments): DocumentPlan {
  const plan: DocumentPlan = {
    created: [],
    versioned: [],
    unchanged: [],
    skippedDocIds: new Set(),
    rowById: new Map(),
    retire: [],
  };
  const currentByOrigin = new Map<string, { id: string; version: number; stored: boolean }>();
  for (const [origin, doc] of known.currentByOrigin)
    currentByOrigin.set(origin, { ...doc, stored: true });
  const seenHashes = new Set<string>();
  for (const doc of docs) {
    const stored = known.idByHash.get(doc.contentHash);
    if (stored !== undefined || seenHashes.has(doc.contentHash)) {
      plan.unchanged.push(stored ?? doc.id);
      plan.skippedDocIds.add(doc.id);
      continue;
    }
    seenHashes.add(doc.contentHash);
    const previous = currentByOrigin.get(doc.origin);
    const version = (previous?.version ?? 0) + 1;
    if (previous?.stored) plan.retire.push(previous.id);
    else if (previous) {
      const earlier = plan.rowById.get(previous.id);
      if (earlier) earlier.current = false;
    }
    if (previous) plan.versioned.push({ id: doc.id, supersedes: previous.id, version });
    else plan.created.push(doc.id);
    currentByOrigin.set(doc.origin, { id: doc.id, version, stored: false });
    plan.rowById.set(doc.id, documentRow(doc, version, previous?.id ?? null));
  }
  return plan;
}

/** Ids that jsonb and array columns refer to, which no foreign key can check. */
async function assertActorsExist(tx: Database, analysis: CorpusAnalysis) {
  const known = new Set(analysis.actors.map((a) => a.id));
  const wanted = new Map<string, string>();
  for (const actor of analysis.actors) {
    for (const id of actor.memberOf) if (!known.has(id)) wanted.set(id, `memberOf of ${actor.id}`);
  }
  for (const stm of analysis.statements) {
    for (const hop of stm.chain) {
      if (hop.actorId && !known.has(hop.actorId)) wanted.set(hop.actorId, `chain of ${stm.id}`);
    }
  }
  if (wanted.size === 0) return;
  const found = await tx
    .select({ id: actors.id })
    .from(actors)
    .where(inArray(actors.id, [...wanted.keys()]));
  for (const { id } of found) wanted.delete(id);
  const [first] = wanted;
  if (first) {
    throw new InvalidReferenceError(
      `Unknown actor ${first[0]} (in ${first[1]})${wanted.size > 1 ? ` and ${wanted.size - 1} more` : ""}`,
    );
  }
}

export async function ingestCorpus(
  db: Database,
  input: CorpusAnalysis,
  opts: IngestOptions,
): Promise<IngestSummary> {
  assertUniqueIds(input.documents, "document");
  assertUniqueIds(input.actors, "actor");
  assertUniqueIds(input.sources, "source");
  assertUniqueIds(input.topics, "topic");
  assertUniqueIds(input.statements, "statement");
  topicsParentFirst(input.topics);
  const batchDocs = new Map(input.documents.map((d) => [d.id, d]));
  for (const stm of input.statements) {
    const doc = batchDocs.get(stm.documentId);
    const problem = doc && checkEvidence(stm.evidence, doc.text);
    if (problem) throw new ValidationError(`Evidence of ${stm.id} does not anchor: ${problem}`);
  }

  try {
    return await db.transaction(async (tx) => {
      // Ids editors merged away point at their targets, so a re-ingest cannot undo a merge.
      const analysis = await applyMerges(tx, input);
      const orderedTopics = topicsParentFirst(analysis.topics);
      await assertActorsExist(tx, analysis);
      const actorCounts = await upsertById(
        tx,
        actors,
        actors.id,
        analysis.actors.map((a) => ({
          id: a.id,
          name: a.name,
          aliases: a.aliases,
          kind: a.kind,
          roles: a.roles,
          memberOf: a.memberOf,
          wikidataId: a.wikidataId,
        })),
        {
          name: actors.name,
          aliases: actors.aliases,
          kind: actors.kind,
          roles: actors.roles,
          memberOf: actors.memberOf,
          wikidataId: actors.wikidataId,
        },
        // An editor's rename (or merge target) is theirs; the extractor's next guess does not undo it.
        sql`${actors.version} > 1`,
      );
      const sourceCounts = await upsertById(tx, sources, sources.id, analysis.sources, {
        name: sources.name,
        domain: sources.domain,
        country: sources.country,
        language: sources.language,
        kind: sources.kind,
        actorId: sources.actorId,
      });
      const topicCounts = await upsertById(
        tx,
        topics,
        topics.id,
        orderedTopics,
        {
          label: topics.label,
          proposition: topics.proposition,
          keywords: topics.keywords,
          parentId: topics.parentId,
        },
        sql`${topics.version} > 1`,
      );

      const plan = planDocuments(
        analysis.documents,
        await loadKnownDocuments(tx, analysis.documents),
      );
      const { created, versioned, unchanged, skippedDocIds, rowById, retire } = plan;
      const docRows = [...rowById.values()];
      // Retire old versions first: the partial unique index allows one current document per origin.
      for (const chunk of chunks(retire)) {
        await tx.update(documents).set({ current: false }).where(inArray(documents.id, chunk));
      }
      for (const chunk of chunks(docRows)) await tx.insert(documents).values(chunk);
      const linkRows = analysis.documents
        .filter((d) => rowById.has(d.id))
        .flatMap((d) =>
          d.links.map((link, position) => ({
            documentId: d.id,
            position,
            kind: link.kind,
            targetId: link.documentId,
            similarity: link.similarity,
          })),
        );
      for (const chunk of chunks(linkRows)) await tx.insert(documentLinks).values(chunk);

      // Statements of unchanged documents are skipped; those of unknown documents fail on the FK.
      const unchangedIds = new Set([...unchanged, ...skippedDocIds]);
      const otherDocIds = [
        ...new Set(
          analysis.statements
            .map((s) => s.documentId)
            .filter((id) => !rowById.has(id) && !unchangedIds.has(id)),
        ),
      ];
      for (const chunk of chunks(otherDocIds)) {
        const rows = await tx
          .select({ id: documents.id })
          .from(documents)
          .where(inArray(documents.id, chunk));
        for (const row of rows) unchangedIds.add(row.id);
      }

      const reviewed = await loadReviewed(
        tx,
        versioned.map((v) => v.supersedes).filter((id) => !rowById.has(id)),
      );
      const supersededOf = new Map(versioned.map((v) => [v.id, v.supersedes]));
      const used = new Set<string>();
      const statementRows: StatementInsert[] = [];
      const carriedDecisions: (typeof reviewDecisions.$inferInsert)[] = [];
      const carried: IngestSummary["reviewsCarriedOver"] = [];
      let skipped = 0;
      for (const stm of analysis.statements) {
        if (unchangedIds.has(stm.documentId)) {
          skipped++;
          continue;
        }
        const doc = batchDocs.get(stm.documentId);
        let row = statementRow(stm, doc);
        const previous = supersededOf.get(stm.documentId);
        const candidates = previous ? reviewed.get(previous) : undefined;
        if (doc && candidates && stm.reviewStatus === "unreviewed") {
          const carry = carryReview(doc.text, row, candidates, used);
          if (carry) {
            row = carry.statement;
            carriedDecisions.push(...carry.decisions);
            carried.push({ from: carry.from, to: stm.id });
          }
        }
        statementRows.push(row);
      }
      await insertStatements(tx, statementRows);
      for (const chunk of chunks(carriedDecisions)) await tx.insert(reviewDecisions).values(chunk);

      const summary: IngestSummary = {
        documents: { created, versioned, unchanged },
        statements: { inserted: statementRows.length, skipped },
        reviewsCarriedOver: carried,
        actors: actorCounts,
        sources: sourceCounts,
        topics: topicCounts,
        auditEventId: null,
      };
      const wrote =
        docRows.length > 0 ||
        statementRows.length > 0 ||
        [actorCounts, sourceCounts, topicCounts].some((c) => c.created + c.updated > 0);
      if (wrote) {
        summary.auditEventId = newId("aud");
        const { auditEventId: _, ...after } = summary;
        await tx.insert(auditEvents).values({
          id: summary.auditEventId,
          actor: opts.actor,
          action: "ingest",
          entityType: "document",
          entityId: "corpus",
          before: null,
          after,
        });
      }
      return summary;
    });
  } catch (error) {
    throw translateDbError(error);
  }
}

/** Reviewed statements of the given documents with their decisions, grouped by document. */
async function loadReviewed(
  tx: Database,
  documentIds: string[],
): Promise<Map<string, ReviewedStatement[]>> {
  const byDoc = new Map<string, ReviewedStatement[]>();
  if (documentIds.length === 0) return byDoc;
  const rows = await tx
    .select({
      id: statements.id,
      documentId: statements.documentId,
      holderId: statements.holderId,
      topicId: statements.topicId,
      stance: statements.stance,
      start: statements.evidenceStart,
      end: statements.evidenceEnd,
      exact: statements.evidenceExact,
      prefix: statements.evidencePrefix,
      suffix: statements.evidenceSuffix,
      reviewStatus: statements.reviewStatus,
      extracted: statements.extracted,
    })
    .from(statements)
    .where(
      and(inArray(statements.documentId, documentIds), ne(statements.reviewStatus, "unreviewed")),
    )
    .orderBy(statements.seq);
  if (rows.length === 0) return byDoc;
  const decisionsOf = new Map<string, (typeof reviewDecisions.$inferSelect)[]>();
  for (const chunk of chunks(rows.map((r) => r.id))) {
    const decisions = await tx
      .select()
      .from(reviewDecisions)
      .where(inArray(reviewDecisions.statementId, chunk))
      .orderBy(reviewDecisions.seq);
    for (const decision of decisions) {
      const list = decisionsOf.get(decision.statementId) ?? [];
      list.push(decision);
      decisionsOf.set(decision.statementId, list);
    }
  }
  for (const row of rows) {
    const list = byDoc.get(row.documentId) ?? [];
    list.push({
      id: row.id,
      documentId: row.documentId,
      holderId: row.holderId,
      topicId: row.topicId,
      stance: row.stance,
      evidence: {
        start: row.start,
        end: row.end,
        exact: row.exact,
        prefix: row.prefix,
        suffix: row.suffix,
      },
      reviewStatus: row.reviewStatus,
      extracted: row.extracted,
      decisions: decisionsOf.get(row.id) ?? [],
    });
    byDoc.set(row.documentId, list);
  }
  return byDoc;
}
