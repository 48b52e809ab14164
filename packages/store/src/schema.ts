/** The one Drizzle pg-core schema that PGlite and PostgreSQL share; drizzle-kit generates the migrations from it. */
import type {
  ActorKind,
  ActorRole,
  AttributionHop,
  AuditAction,
  AuditEvent,
  DatePrecision,
  DateSource,
  DocumentLinkKind,
  Evidence,
  ExcludedRange,
  Hedge,
  ReviewAction,
  ReviewStatus,
  Role,
  SaidAt,
  SourceKind,
  Stance,
  StatementCorrection,
  StatementMode,
} from "@stancemap/schema";
import { type SQL, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  customType,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * Insertion order, used for stable listing, cursors and export order. Ids are content-derived
 * strings, so they cannot give the order records were ingested in.
 */
const seq = () => bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity();

/**
 * Both configs go into one vector so English words match across inflections ("talks" ~ "talk")
 * while Russian, French and names still match word for word; queries OR the two configs.
 */
const searchVector = (value: SQL) =>
  sql`to_tsvector('simple'::regconfig, ${value}) || to_tsvector('english'::regconfig, ${value})`;

export const actors = pgTable(
  "actors",
  {
    id: text("id").primaryKey(),
    seq: seq(),
    name: text("name").notNull(),
    aliases: text("aliases").array().notNull(),
    kind: text("kind").$type<ActorKind>().notNull(),
    roles: jsonb("roles").$type<ActorRole[]>().notNull(),
    /** Ordered; the first entry defines the root actor. No FK: Postgres cannot reference array items. */
    memberOf: text("member_of").array().notNull(),
    wikidataId: text("wikidata_id"),
    /** Bumped by every rename or merge, so an editor's write can insist on the version it saw. */
    version: integer("version").notNull().default(1),
    /** Name and aliases in one string for trigram lookup (`stancemap_names` is defined by migration 0000). */
    searchNames: text("search_names")
      .notNull()
      .generatedAlwaysAs((): SQL => sql`stancemap_names(${actors.name}, ${actors.aliases})`),
  },
  (t) => [
    uniqueIndex("actors_seq_idx").on(t.seq),
    index("actors_search_names_trgm_idx").using("gin", t.searchNames.op("gin_trgm_ops")),
    /** The primary parent: membership queries walk `member_of[1]` from a root down. */
    index("actors_primary_parent_idx").on(sql`(${t.memberOf}[1])`),
  ],
);

export const sources = pgTable(
  "sources",
  {
    id: text("id").primaryKey(),
    seq: seq(),
    name: text("name").notNull(),
    domain: text("domain"),
    country: text("country"),
    language: text("language"),
    kind: text("kind").$type<SourceKind>().notNull(),
    actorId: text("actor_id").references(() => actors.id),
  },
  (t) => [uniqueIndex("sources_seq_idx").on(t.seq)],
);

export const topics = pgTable(
  "topics",
  {
    id: text("id").primaryKey(),
    seq: seq(),
    label: text("label").notNull(),
    proposition: text("proposition").notNull(),
    keywords: text("keywords").array().notNull(),
    parentId: text("parent_id"),
    /** Bumped by every rename or merge, so an editor's write can insist on the version it saw. */
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("topics_seq_idx").on(t.seq),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: "topics_parent_id_fk" }),
  ],
);

export const documents = pgTable(
  "documents",
  {
    id: text("id").primaryKey(),
    seq: seq(),
    origin: text("origin").notNull(),
    sourceId: text("source_id").references(() => sources.id),
    title: text("title"),
    url: text("url"),
    publishedAt: text("published_at"),
    datePrecision: text("date_precision").$type<DatePrecision>().notNull(),
    dateSource: text("date_source").$type<DateSource>(),
    language: text("language"),
    text: text("text").notNull(),
    excluded: jsonb("excluded").$type<ExcludedRange[]>().notNull(),
    contentHash: text("content_hash").notNull(),
    /** 1 for the first text seen at an origin, +1 for every changed text at the same origin. */
    version: integer("version").notNull().default(1),
    supersedes: text("supersedes"),
    /** False once a newer version of the same origin is ingested; old versions stay for history. */
    current: boolean("current").notNull().default(true),
    ingestedAt: timestamp("ingested_at", { withTimezone: true, mode: "date" })
      .notNull()
      .defaultNow(),
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs((): SQL => searchVector(sql`${documents.text}`)),
  },
  (t) => [
    uniqueIndex("documents_seq_idx").on(t.seq),
    uniqueIndex("documents_content_hash_idx").on(t.contentHash),
    uniqueIndex("documents_current_origin_idx").on(t.origin).where(sql`${t.current}`),
    /** The few superseded versions, which statement queries exclude without joining documents. */
    index("documents_superseded_idx")
      .on(t.id)
      .where(sql`NOT ${t.current}`),
    index("documents_origin_idx").on(t.origin),
    index("documents_source_id_idx").on(t.sourceId),
    index("documents_supersedes_idx").on(t.supersedes),
    index("documents_search_vector_idx").using("gin", t.searchVector),
    foreignKey({
      columns: [t.supersedes],
      foreignColumns: [t.id],
      name: "documents_supersedes_fk",
    }),
  ],
);

export const documentLinks = pgTable(
  "document_links",
  {
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind").$type<DocumentLinkKind>().notNull(),
    targetId: text("target_id")
      .notNull()
      .references(() => documents.id),
    similarity: doublePrecision("similarity").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.position] }),
    index("document_links_target_id_idx").on(t.targetId),
  ],
);

/** What the extractor said before any review, kept to re-anchor reviews on a document's next version. */
export interface ExtractedStatement {
  holderId: string;
  topicId: string;
  stance: Stance;
  evidence: Evidence;
}

export const statements = pgTable(
  "statements",
  {
    id: text("id").primaryKey(),
    seq: seq(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    holderId: text("holder_id")
      .notNull()
      .references(() => actors.id),
    topicId: text("topic_id")
      .notNull()
      .references(() => topics.id),
    evidenceStart: integer("evidence_start").notNull(),
    evidenceEnd: integer("evidence_end").notNull(),
    evidenceExact: text("evidence_exact").notNull(),
    evidencePrefix: text("evidence_prefix").notNull(),
    evidenceSuffix: text("evidence_suffix").notNull(),
    mode: text("mode").$type<StatementMode>().notNull(),
    cue: text("cue"),
    stance: text("stance").$type<Stance>().notNull(),
    summary: text("summary").notNull(),
    hedges: jsonb("hedges").$type<Hedge[]>().notNull(),
    chain: jsonb("chain").$type<AttributionHop[]>().notNull(),
    saidAt: jsonb("said_at").$type<SaidAt | null>(),
    /**
     * First and last day the statement may date from (saidAt, else the document's date), as
     * `YYYY-MM-DD`: a partial date covers a range, and date filters test overlap with it.
     */
    dateStart: text("date_start"),
    dateEnd: text("date_end"),
    confidence: doublePrecision("confidence").notNull(),
    reviewStatus: text("review_status").$type<ReviewStatus>().notNull().default("unreviewed"),
    /** Bumped by every review, so a reviewer's write can insist on the version it saw. */
    version: integer("version").notNull().default(1),
    extracted: jsonb("extracted").$type<ExtractedStatement>().notNull(),
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs(
        (): SQL => searchVector(sql`${statements.evidenceExact} || ' ' || ${statements.summary}`),
      ),
  },
  (t) => [
    uniqueIndex("statements_seq_idx").on(t.seq),
    index("statements_document_id_idx").on(t.documentId),
    index("statements_holder_id_idx").on(t.holderId),
    index("statements_topic_id_idx").on(t.topicId),
    index("statements_review_status_idx").on(t.reviewStatus),
    index("statements_date_idx").on(t.dateStart, t.dateEnd),
    index("statements_search_vector_idx").using("gin", t.searchVector),
  ],
);

export const reviewDecisions = pgTable(
  "review_decisions",
  {
    id: text("id").primaryKey(),
    seq: seq(),
    statementId: text("statement_id")
      .notNull()
      .references(() => statements.id, { onDelete: "cascade" }),
    action: text("action").$type<ReviewAction>().notNull(),
    correction: jsonb("correction").$type<StatementCorrection | null>(),
    reviewer: text("reviewer").notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true, mode: "date" }).notNull(),
    note: text("note"),
    /** Set when this decision was copied onto a new document version's statement. */
    carriedFrom: text("carried_from"),
  },
  (t) => [
    uniqueIndex("review_decisions_seq_idx").on(t.seq),
    index("review_decisions_statement_id_idx").on(t.statementId),
  ],
);

/** Append-only: migration 0002 installs a trigger that rejects UPDATE and DELETE. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: text("id").primaryKey(),
    seq: seq(),
    actor: text("actor").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    action: text("action").$type<AuditAction>().notNull(),
    entityType: text("entity_type").$type<AuditEvent["entityType"]>().notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before").$type<unknown>(),
    after: jsonb("after").$type<unknown>(),
  },
  (t) => [
    uniqueIndex("audit_events_seq_idx").on(t.seq),
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    index("audit_events_action_idx").on(t.action),
  ],
);

/** Reviewer accounts. Names are unique regardless of case; the hash is scrypt's (see apps/api auth). */
export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    seq: seq(),
    name: text("name").notNull(),
    role: text("role").$type<Role>().notNull(),
    passwordHash: text("password_hash").notNull(),
    disabled: boolean("disabled").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_seq_idx").on(t.seq),
    uniqueIndex("users_name_lower_idx").on(sql`lower(${t.name})`),
  ],
);

/** Sign-in sessions; the cookie holds a secret whose SHA-256 is the id, so a database leak gives no session. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("sessions_user_id_idx").on(t.userId),
    index("sessions_expires_at_idx").on(t.expiresAt),
  ],
);

/** API tokens for scripts: stored as SHA-256 of the secret, scoped to a role no higher than the owner's. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    seq: seq(),
    name: text("name").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<Role>().notNull(),
    secretHash: text("secret_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("api_tokens_seq_idx").on(t.seq),
    uniqueIndex("api_tokens_secret_hash_idx").on(t.secretHash),
    index("api_tokens_user_id_idx").on(t.userId),
  ],
);

/**
 * Ids an editor merged away, and the record that absorbed each. Ingest maps incoming ids through
 * this table, so re-extracting an article never resurrects a merged topic or actor.
 */
export const mergedIds = pgTable("merged_ids", {
  fromId: text("from_id").primaryKey(),
  kind: text("kind").$type<"topic" | "actor">().notNull(),
  intoId: text("into_id").notNull(),
  mergedAt: timestamp("merged_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
