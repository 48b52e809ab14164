/** Type tests that lock the package's public types: any change to them shows up here as a diff. */
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  type Actor,
  type ActorKind,
  type ActorRole,
  type Agreement,
  type AttributionHop,
  type AuditAction,
  type AuditEvent,
  type ComparisonRow,
  type CorpusAnalysis,
  checkCorpusIntegrity,
  checkEvidence,
  type DatePrecision,
  type DateSource,
  type Document,
  type DocumentLink,
  type Evidence,
  type ExcludedKind,
  type ExcludedRange,
  type FieldError,
  type Hedge,
  type HedgeKind,
  type HopRelation,
  type IntegrityIssue,
  makeEvidence,
  Page,
  type PageQuery,
  type Problem,
  type ReviewAction,
  type ReviewDecision,
  type ReviewStatus,
  rootActorId,
  type SaidAt,
  type Source,
  type SourceKind,
  type Stance,
  Statement,
  type StatementCorrection,
  type StatementMode,
  type Topic,
  type TopLevelSchemaName,
  toJsonSchema,
  type topLevelSchemas,
} from "./index.js";

describe("enums", () => {
  it("lists the statement vocabularies", () => {
    expectTypeOf<StatementMode>().toEqualTypeOf<
      "direct_quote" | "indirect_speech" | "characterisation" | "reported_intention"
    >();
    expectTypeOf<Stance>().toEqualTypeOf<
      "supports" | "opposes" | "conditional" | "neutral" | "unclear"
    >();
    expectTypeOf<HedgeKind>().toEqualTypeOf<
      "reportedly" | "allegedly" | "unnamed_source" | "speculative" | "other"
    >();
    expectTypeOf<HopRelation>().toEqualTypeOf<
      "said" | "told" | "cited" | "reported" | "republished" | "translated"
    >();
    expectTypeOf<ReviewStatus>().toEqualTypeOf<
      "unreviewed" | "accepted" | "rejected" | "corrected"
    >();
    expectTypeOf<Agreement>().toEqualTypeOf<
      "consistent" | "wording_differs" | "conflicting" | "single_source"
    >();
  });

  it("lists the actor, source and document vocabularies", () => {
    expectTypeOf<ActorKind>().toEqualTypeOf<
      | "person"
      | "government"
      | "state"
      | "organization"
      | "media_outlet"
      | "anonymous_source"
      | "group"
    >();
    expectTypeOf<SourceKind>().toEqualTypeOf<
      "newspaper" | "wire_agency" | "broadcaster" | "aggregator" | "blog" | "government" | "other"
    >();
    expectTypeOf<DatePrecision>().toEqualTypeOf<"day" | "month" | "year" | "unknown">();
    expectTypeOf<DateSource>().toEqualTypeOf<"header" | "dateline" | "text">();
    expectTypeOf<ExcludedKind>().toEqualTypeOf<
      | "template"
      | "read_more"
      | "author_bio"
      | "newsletter_prompt"
      | "comment_prompt"
      | "caption"
      | "credit"
      | "related_feed"
      | "duplicate_lead"
      | "embed"
      | "navigation"
      | "site_name"
      | "metadata_header"
      | "other"
    >();
  });

  it("lists the review and audit vocabularies", () => {
    expectTypeOf<ReviewAction>().toEqualTypeOf<"accept" | "reject" | "correct">();
    expectTypeOf<AuditAction>().toEqualTypeOf<
      | "ingest"
      | "review"
      | "rename_topic"
      | "merge_topics"
      | "rename_actor"
      | "merge_actors"
      | "create_user"
      | "update_user"
      | "delete_user"
      | "create_token"
      | "revoke_token"
    >();
  });
});

describe("records", () => {
  it("Evidence is a flattened position + quote selector", () => {
    expectTypeOf<Evidence>().toEqualTypeOf<{
      start: number;
      end: number;
      exact: string;
      prefix: string;
      suffix: string;
    }>();
  });

  it("Statement", () => {
    expectTypeOf<Hedge>().toEqualTypeOf<{ kind: HedgeKind; text: string }>();
    expectTypeOf<AttributionHop>().toEqualTypeOf<{
      actorId: string | null;
      label: string;
      relation: HopRelation;
      evidence: Evidence | null;
    }>();
    expectTypeOf<SaidAt>().toEqualTypeOf<{
      date: string | null;
      precision: DatePrecision;
      text: string;
    }>();
    expectTypeOf<Statement>().toEqualTypeOf<{
      id: string;
      documentId: string;
      holderId: string;
      topicId: string;
      evidence: Evidence;
      mode: StatementMode;
      cue: string | null;
      stance: Stance;
      summary: string;
      hedges: Hedge[];
      chain: AttributionHop[];
      saidAt: SaidAt | null;
      confidence: number;
      reviewStatus: ReviewStatus;
    }>();
  });

  it("Statement has no defaults or transforms: input and output types agree", () => {
    expectTypeOf<z.input<typeof Statement>>().toEqualTypeOf<z.output<typeof Statement>>();
  });

  it("Actor", () => {
    expectTypeOf<ActorRole>().toEqualTypeOf<{
      title: string;
      organization: string | null;
      start: string | null;
      end: string | null;
    }>();
    expectTypeOf<Actor>().toEqualTypeOf<{
      id: string;
      name: string;
      aliases: string[];
      kind: ActorKind;
      roles: ActorRole[];
      memberOf: string[];
      wikidataId: string | null;
    }>();
  });

  it("Document", () => {
    expectTypeOf<ExcludedRange>().toEqualTypeOf<{
      kind: ExcludedKind;
      start: number;
      end: number;
    }>();
    expectTypeOf<DocumentLink>().toEqualTypeOf<{
      kind: "reprint" | "near_duplicate" | "translation";
      documentId: string;
      similarity: number;
    }>();
    expectTypeOf<Document>().toEqualTypeOf<{
      id: string;
      origin: string;
      sourceId: string | null;
      title: string | null;
      url: string | null;
      publishedAt: string | null;
      datePrecision: DatePrecision;
      dateSource: DateSource | null;
      language: string | null;
      text: string;
      excluded: ExcludedRange[];
      contentHash: string;
      links: DocumentLink[];
    }>();
  });

  it("Source and Topic", () => {
    expectTypeOf<Source>().toEqualTypeOf<{
      id: string;
      name: string;
      domain: string | null;
      country: string | null;
      language: string | null;
      kind: SourceKind;
      actorId: string | null;
    }>();
    expectTypeOf<Topic>().toEqualTypeOf<{
      id: string;
      label: string;
      proposition: string;
      keywords: string[];
      parentId: string | null;
    }>();
  });

  it("CorpusAnalysis and ComparisonRow", () => {
    expectTypeOf<CorpusAnalysis>().toEqualTypeOf<{
      documents: Document[];
      sources: Source[];
      actors: Actor[];
      topics: Topic[];
      statements: Statement[];
    }>();
    expectTypeOf<ComparisonRow>().toEqualTypeOf<{
      actorId: string;
      topicId: string;
      agreement: Agreement;
      statements: Statement[];
    }>();
  });

  it("ReviewDecision and AuditEvent", () => {
    expectTypeOf<StatementCorrection>().toEqualTypeOf<{
      holderId?: string | undefined;
      topicId?: string | undefined;
      stance?: Stance | undefined;
      evidence?: Evidence | undefined;
    }>();
    expectTypeOf<ReviewDecision>().toEqualTypeOf<{
      id: string;
      statementId: string;
      action: ReviewAction;
      correction: StatementCorrection | null;
      reviewer: string;
      decidedAt: string;
      note: string | null;
    }>();
    expectTypeOf<AuditEvent>().toEqualTypeOf<{
      id: string;
      actor: string;
      at: string;
      action: AuditAction;
      entityType: "document" | "statement" | "topic" | "actor" | "user" | "token";
      entityId: string;
      before: unknown;
      after: unknown;
    }>();
  });
});

describe("API helpers", () => {
  it("Problem is RFC 9457 problem details with a code", () => {
    expectTypeOf<FieldError>().toEqualTypeOf<{ path: string; message: string }>();
    expectTypeOf<Problem>().toEqualTypeOf<{
      type: string;
      title: string;
      status: number;
      detail?: string | undefined;
      instance?: string | undefined;
      code: string;
      errors?: FieldError[] | undefined;
      current?: unknown;
    }>();
  });

  it("Page<T> is the type Page(schema) parses to", () => {
    expectTypeOf<Page<Statement>>().toEqualTypeOf<{
      items: Statement[];
      nextCursor: string | null;
    }>();
    const StatementPage = Page(Statement);
    expectTypeOf<z.output<typeof StatementPage>>().toEqualTypeOf<Page<Statement>>();
    expectTypeOf<z.output<(typeof topLevelSchemas)["statement-page"]>>().toEqualTypeOf<
      Page<Statement>
    >();
  });

  it("PageQuery has a default limit, so limit is optional in and present out", () => {
    expectTypeOf<PageQuery>().toEqualTypeOf<{ cursor?: string | undefined; limit: number }>();
  });
});

describe("JSON Schemas and functions", () => {
  it("names every top-level schema", () => {
    expectTypeOf<TopLevelSchemaName>().toEqualTypeOf<
      | "source"
      | "document"
      | "actor"
      | "evidence"
      | "statement"
      | "topic"
      | "comparison-row"
      | "review-decision"
      | "audit-event"
      | "corpus-analysis"
      | "problem"
      | "statement-page"
    >();
    expectTypeOf(toJsonSchema).parameter(0).toEqualTypeOf<TopLevelSchemaName>();
    expectTypeOf(toJsonSchema).returns.toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(toJsonSchema).toBeCallableWith("statement");
    // @ts-expect-error: not a top-level schema
    toJsonSchema("hedge");
  });

  it("types the evidence and corpus helpers", () => {
    expectTypeOf(makeEvidence).toEqualTypeOf<
      (text: string, start: number, end: number) => Evidence
    >();
    expectTypeOf(checkEvidence).toEqualTypeOf<
      (evidence: Evidence, text: string) => string | null
    >();
    expectTypeOf(checkCorpusIntegrity).toEqualTypeOf<
      (corpus: CorpusAnalysis) => IntegrityIssue[]
    >();
    expectTypeOf<IntegrityIssue>().toEqualTypeOf<{ path: string; message: string }>();
    expectTypeOf(rootActorId).returns.toEqualTypeOf<string | null>();
    expectTypeOf(rootActorId).toBeCallableWith("act_lenahartmann", new Map<string, Actor>());
  });
});
