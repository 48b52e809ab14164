/** The HTTP API's request and response bodies that are not domain records themselves: summaries, details, ingest and compare results. */
import { z } from "zod";
import { Actor } from "./actor.js";
import { Agreement, ComparisonRow } from "./comparison.js";
import { Document } from "./document.js";
import {
  ActorId,
  AuditEventId,
  DocumentId,
  LanguageCode,
  PartialDate,
  SourceId,
  StatementId,
  TopicId,
} from "./ids.js";
import { AuditEvent, ReviewAction, ReviewDecision, StatementCorrection } from "./review.js";
import { Source } from "./source.js";
import { ReviewStatus, Stance, Statement, StatementMode } from "./statement.js";
import { Topic } from "./topic.js";

const Count = z.int().min(0);
/** A record's version for optimistic concurrency: send it back (If-Match or `expectedVersion`) with a write. */
export const Version = z
  .int()
  .min(1)
  .meta({
    description:
      "The record's version, bumped by every write; a write that names an older one fails with 412.",
    examples: [1],
  });

export const DocumentSummary = Document.omit({ text: true, excluded: true, links: true })
  .extend({
    version: Version.meta({
      description: "1 for the first text seen at this origin, +1 for every changed text since.",
      examples: [1],
    }),
    supersedes: DocumentId.nullable().meta({
      description: "The previous version of the same origin, if this one replaced it.",
      examples: [null],
    }),
    current: z.boolean().meta({
      description: "False once a newer version of the same origin has been ingested.",
      examples: [true],
    }),
    textLength: Count.meta({
      description: "Length of the text in UTF-16 code units.",
      examples: [5120],
    }),
    statementCount: Count.meta({
      description: "Statements extracted from this document.",
      examples: [12],
    }),
  })
  .meta({
    title: "DocumentSummary",
    description: "A document as lists show it: its metadata and counts, without the text.",
  });
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentDetail = z
  .strictObject({
    document: Document.meta({
      description: "The document with its text, excluded ranges and links.",
    }),
    version: Version.meta({ description: "Version number at this origin.", examples: [1] }),
    supersedes: DocumentId.nullable().meta({
      description: "The version this one replaced, if any.",
      examples: [null],
    }),
    supersededBy: DocumentId.nullable().meta({
      description: "The newer version of the same origin, if this one was replaced.",
      examples: [null],
    }),
    current: z.boolean().meta({
      description: "Whether this is the current version of its origin.",
      examples: [true],
    }),
    statements: z.array(Statement).meta({
      description:
        "Its statements in reading order, rejected ones included (see their reviewStatus).",
    }),
  })
  .meta({
    title: "DocumentDetail",
    description: "One document with its text, excluded ranges and statements with their spans.",
  });
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const SourceSummary = Source.extend({
  documentCount: Count.meta({
    description: "Current documents from this source.",
    examples: [3],
  }),
}).meta({ title: "SourceSummary", description: "An outlet with its document count." });
export type SourceSummary = z.infer<typeof SourceSummary>;

export const ActorSummary = Actor.extend({
  statementCount: Count.meta({
    description: "Statements this actor holds itself in current documents.",
    examples: [7],
  }),
  version: Version,
}).meta({ title: "ActorSummary", description: "An actor with its statement count." });
export type ActorSummary = z.infer<typeof ActorSummary>;

export const ActorPosition = z
  .strictObject({
    topic: Topic.meta({ description: "The issue." }),
    agreement: Agreement,
    statements: z.array(Statement).meta({
      description: "The actor's and its members' statements on the topic, across documents.",
    }),
  })
  .meta({ title: "ActorPosition", description: "An actor's position on one topic." });
export type ActorPosition = z.infer<typeof ActorPosition>;

export const ActorDetail = z
  .strictObject({
    actor: Actor.meta({ description: "The actor." }),
    members: z.array(Actor).meta({
      description:
        "Actors whose primary memberOf is this one (a state's ministers, a government's offices).",
    }),
    positions: z.array(ActorPosition).meta({
      description:
        "Its own and its members' positions (current documents, not rejected), one entry per topic.",
    }),
    version: Version,
  })
  .meta({
    title: "ActorDetail",
    description: "One actor with its members and positions by topic.",
  });
export type ActorDetail = z.infer<typeof ActorDetail>;

export const TopicSummary = Topic.extend({
  statementCount: Count.meta({
    description: "Statements on this topic in current documents.",
    examples: [9],
  }),
  version: Version,
}).meta({ title: "TopicSummary", description: "A topic with its statement count." });
export type TopicSummary = z.infer<typeof TopicSummary>;

export const TopicDetail = z
  .strictObject({
    topic: Topic.meta({ description: "The topic." }),
    children: z.array(Topic).meta({ description: "Topics that refine this one." }),
    rows: z.array(ComparisonRow).meta({
      description: "Every root actor's positions on it, side by side.",
    }),
    version: Version,
  })
  .meta({
    title: "TopicDetail",
    description: "One topic with its sub-topics and comparison rows.",
  });
export type TopicDetail = z.infer<typeof TopicDetail>;

export const SearchResults = z
  .strictObject({
    statements: z.array(Statement).meta({
      description: "Statements whose words or summary match, best first.",
    }),
    documents: z.array(DocumentSummary).meta({
      description: "Documents whose text matches, best first.",
    }),
    actors: z.array(Actor).meta({
      description: "Actors whose name or aliases resemble the query, best first.",
    }),
  })
  .meta({ title: "SearchResults", description: "What a search found, by kind." });
export type SearchResults = z.infer<typeof SearchResults>;

export const UpsertCounts = z
  .strictObject({
    created: Count.meta({ description: "Records that were new.", examples: [4] }),
    updated: Count.meta({
      description: "Known records whose content changed.",
      examples: [0],
    }),
  })
  .meta({ title: "UpsertCounts", description: "How many records an ingest created or changed." });
export type UpsertCounts = z.infer<typeof UpsertCounts>;

export const IngestSummary = z
  .strictObject({
    documents: z
      .strictObject({
        created: z.array(DocumentId).meta({ description: "Documents at origins not seen before." }),
        versioned: z
          .array(
            z.strictObject({
              id: DocumentId.meta({ description: "The new version." }),
              supersedes: DocumentId.meta({ description: "The version it replaced." }),
              version: Version.meta({ description: "Its version number.", examples: [2] }),
            }),
          )
          .meta({ description: "Changed texts at known origins, stored as new versions." }),
        unchanged: z.array(DocumentId).meta({
          description: "Documents whose text was already stored; nothing of theirs was written.",
        }),
      })
      .meta({ description: "What happened to each document of the batch." }),
    statements: z
      .strictObject({
        inserted: Count.meta({ description: "Statements written.", examples: [42] }),
        skipped: Count.meta({
          description: "Statements of unchanged documents, not written again.",
          examples: [0],
        }),
      })
      .meta({ description: "Statement counts." }),
    reviewsCarriedOver: z
      .array(
        z.strictObject({
          from: StatementId.meta({ description: "The reviewed statement of the old version." }),
          to: StatementId.meta({
            description: "The new version's statement that took its review.",
          }),
        }),
      )
      .meta({ description: "Reviews moved onto the statements of new document versions." }),
    actors: UpsertCounts,
    sources: UpsertCounts,
    topics: UpsertCounts,
    auditEventId: AuditEventId.nullable().meta({
      description: "The ingest's audit event; null when nothing changed.",
      examples: ["aud_01h9x7k2m3", null],
    }),
  })
  .meta({
    title: "IngestSummary",
    description: "What one ingest created, versioned or left alone.",
  });
export type IngestSummary = z.infer<typeof IngestSummary>;

/** Header values are single lines: the extractor reads them as `key: value` lines above the text. */
const HeaderValue = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .regex(/^[^\r\n]*$/, { error: "must be a single line" });

export const DocumentInput = z
  .strictObject({
    text: z
      .string()
      .min(1)
      .meta({
        description: "The article, as plain text (or HTML or Markdown, which is detected).",
        examples: ["The foreign minister said on Monday that the country would never join."],
      }),
    origin: HeaderValue.optional().meta({
      description:
        "Where it came from (path or URL); a new text at a known origin becomes its next version. Defaults to `url`, else to an id derived from the text.",
      examples: ["https://example.com/news/1"],
    }),
    title: HeaderValue.optional().meta({ description: "Headline.", examples: ["Talks stall"] }),
    outlet: HeaderValue.optional().meta({
      description: "The outlet that published it.",
      examples: ["Financial Times"],
    }),
    url: z
      .url()
      .optional()
      .meta({ description: "Canonical URL.", examples: ["https://example.com/news/1"] }),
    date: PartialDate.optional().meta({
      description: "Publication date, as precise as known.",
      examples: ["2025-01-15"],
    }),
    language: LanguageCode.optional().meta({
      description: "Language of the text; detected when absent.",
      examples: ["en"],
    }),
  })
  .meta({
    title: "DocumentInput",
    description: "One article to ingest, given as JSON instead of a file upload.",
  });
export type DocumentInput = z.infer<typeof DocumentInput>;

export const IngestedDocument = z
  .strictObject({
    id: DocumentId,
    origin: z.string().min(1).meta({ description: "The file name or origin it was read from." }),
    title: z
      .string()
      .nullable()
      .meta({ description: "Headline, when known.", examples: ["Talks stall", null] }),
    status: z.enum(["created", "versioned", "unchanged"]).meta({
      description:
        "created: a new origin; versioned: a new text at a known origin; unchanged: this text was already stored.",
      examples: ["created"],
    }),
    statementCount: Count.meta({
      description: "Statements the extractor found in it.",
      examples: [9],
    }),
  })
  .meta({ title: "IngestedDocument", description: "One document an ingest request produced." });
export type IngestedDocument = z.infer<typeof IngestedDocument>;

export const IngestFailure = z
  .strictObject({
    origin: z.string().meta({ description: "The file that failed.", examples: ["notes.txt"] }),
    message: z.string().meta({
      description: "Why, naming the file.",
      examples: ["notes.txt: empty file"],
    }),
  })
  .meta({ title: "IngestFailure", description: "An input that could not be ingested." });
export type IngestFailure = z.infer<typeof IngestFailure>;

export const IngestResult = z
  .strictObject({
    documents: z.array(IngestedDocument).meta({ description: "The documents, in input order." }),
    summary: IngestSummary,
    failures: z.array(IngestFailure).meta({
      description: "Inputs that were skipped; the others were still ingested.",
    }),
  })
  .meta({ title: "IngestResult", description: "The answer to an ingest request." });
export type IngestResult = z.infer<typeof IngestResult>;

export const ReviewRequest = z
  .strictObject({
    action: ReviewAction,
    correction: StatementCorrection.nullable()
      .optional()
      .meta({ description: "The corrected fields; required for `correct`, absent otherwise." }),
    note: z
      .string()
      .max(5000)
      .nullable()
      .optional()
      .meta({ description: "The reviewer's reason.", examples: ["Holder is Lavrov, not Putin."] }),
    expectedVersion: Version.optional().meta({
      description:
        "The statement version the reviewer saw; a different stored version fails with 412. The `If-Match` header can carry it instead.",
      examples: [1],
    }),
  })
  .meta({
    title: "ReviewRequest",
    description: "A reviewer's verdict on one statement; the reviewer is the signed-in user.",
  });
export type ReviewRequest = z.infer<typeof ReviewRequest>;

export const ReviewResult = z
  .strictObject({
    decision: ReviewDecision,
    statement: Statement.meta({ description: "The statement after the decision." }),
    version: Version.meta({
      description: "The statement's new version, to send as `expectedVersion` next time.",
      examples: [2],
    }),
  })
  .meta({ title: "ReviewResult", description: "A stored review decision and its effect." });
export type ReviewResult = z.infer<typeof ReviewResult>;

export const StatementRecord = Statement.extend({ version: Version }).meta({
  title: "StatementRecord",
  description: "A stored statement with its version, to send back with a review.",
});
export type StatementRecord = z.infer<typeof StatementRecord>;

/** The version a rename or merge expects the record it changes to be at. */
const ExpectedVersion = Version.optional().meta({
  description:
    "The version you saw; a different stored version fails with 412. The `If-Match` header can carry it instead.",
  examples: [1],
});

export const TopicRenameRequest = z
  .strictObject({
    label: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .meta({ description: "The new readable name.", examples: ["Ukraine joining NATO"] }),
    proposition: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .meta({
        description: "The new proposition stances are measured against; unchanged when absent.",
        examples: ["Ukraine should join NATO."],
      }),
    expectedVersion: ExpectedVersion,
  })
  .meta({ title: "TopicRenameRequest", description: "A new label (and proposition) for a topic." });
export type TopicRenameRequest = z.infer<typeof TopicRenameRequest>;

export const TopicMergeRequest = z
  .strictObject({
    into: TopicId.meta({ description: "The topic that absorbs this one." }),
    expectedVersion: ExpectedVersion,
  })
  .meta({ title: "TopicMergeRequest", description: "Which topic to merge this one into." });
export type TopicMergeRequest = z.infer<typeof TopicMergeRequest>;

export const TopicMergeResult = z
  .strictObject({
    topic: TopicSummary.omit({ statementCount: true }).meta({
      description: "The target topic after the merge, with its new version.",
    }),
    statementsMoved: Count.meta({ description: "Statements moved to the target.", examples: [3] }),
    reparented: z
      .array(TopicId)
      .meta({ description: "The merged topic's sub-topics, which now refine the target." }),
    auditEventId: AuditEventId,
  })
  .meta({ title: "TopicMergeResult", description: "What a topic merge changed." });
export type TopicMergeResult = z.infer<typeof TopicMergeResult>;

export const ActorRenameRequest = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .meta({ description: "The display name.", examples: ["Sergey Lavrov"] }),
    aliases: z
      .array(z.string().trim().min(1).max(500))
      .max(200)
      .optional()
      .meta({ description: "Replaces the other names; unchanged when absent." }),
    expectedVersion: ExpectedVersion,
  })
  .meta({ title: "ActorRenameRequest", description: "A new name (and aliases) for an actor." });
export type ActorRenameRequest = z.infer<typeof ActorRenameRequest>;

export const ActorMergeRequest = z
  .strictObject({
    into: ActorId.meta({ description: "The actor that absorbs this one." }),
    expectedVersion: ExpectedVersion,
  })
  .meta({
    title: "ActorMergeRequest",
    description: "Which actor this one is the same as (a spelling variant, a duplicate).",
  });
export type ActorMergeRequest = z.infer<typeof ActorMergeRequest>;

export const ActorMergeResult = z
  .strictObject({
    actor: ActorSummary.omit({ statementCount: true }).meta({
      description: "The target actor after the merge, with the merged names as aliases.",
    }),
    statementsMoved: Count.meta({
      description: "Statements whose holder or attribution chain now names the target.",
      examples: [4],
    }),
    auditEventId: AuditEventId,
  })
  .meta({ title: "ActorMergeResult", description: "What an actor merge changed." });
export type ActorMergeResult = z.infer<typeof ActorMergeResult>;

export const StatementHistory = z
  .strictObject({
    statementId: StatementId,
    decisions: z.array(ReviewDecision).meta({ description: "Review decisions, oldest first." }),
    events: z.array(AuditEvent).meta({
      description: "Audit events recorded on this statement, newest first.",
    }),
  })
  .meta({ title: "StatementHistory", description: "Every review and write of one statement." });
export type StatementHistory = z.infer<typeof StatementHistory>;

export const ComparisonCell = z
  .strictObject({
    sourceId: SourceId.nullable().meta({
      description:
        "The column: the outlet that published the document; null when it is unknown (shown in a last column).",
      examples: ["src_financialtimes", null],
    }),
    documentId: DocumentId,
    title: z
      .string()
      .nullable()
      .meta({ description: "The document's headline.", examples: ["Talks stall", null] }),
    url: z
      .string()
      .nullable()
      .meta({ description: "The document's URL.", examples: ["https://example.com/news/1"] }),
    publishedAt: PartialDate.nullable().meta({
      description: "When the document was published; statements carry their own `saidAt`.",
      examples: ["2025-01-12", null],
    }),
    statements: z.array(Statement).min(1).meta({
      description:
        "What this document reports the row's actor said on the topic: evidence, mode, chain, date.",
    }),
  })
  .meta({ title: "ComparisonCell", description: "One document's statements in a comparison row." });
export type ComparisonCell = z.infer<typeof ComparisonCell>;

export const ComparisonTableRow = z
  .strictObject({
    actorId: ActorId.meta({
      description: "The root actor: the top of the holders' memberOf chain.",
    }),
    topicId: TopicId,
    agreement: Agreement,
    cells: z.array(ComparisonCell).min(1).meta({
      description: "One cell per document, in the order of the `sources` columns.",
    }),
  })
  .meta({
    title: "ComparisonTableRow",
    description: "A root actor's positions on one topic, one cell per reporting document.",
  });
export type ComparisonTableRow = z.infer<typeof ComparisonTableRow>;

export const ComparisonTable = z
  .strictObject({
    sources: z.array(Source).meta({
      description: "The columns, in display order: every source that has a cell.",
    }),
    actors: z.array(Actor).meta({
      description: "The rows' actors and every statement holder, for names.",
    }),
    topics: z.array(Topic).meta({ description: "The rows' topics, for labels." }),
    rows: z.array(ComparisonTableRow).meta({
      description: "One row per root actor and topic, sorted by actor then topic.",
    }),
  })
  .meta({
    title: "ComparisonTable",
    description:
      "Root actors × topics as rows, sources as columns; each cell holds what one document reports.",
  });
export type ComparisonTable = z.infer<typeof ComparisonTable>;

export const ExportRow = z
  .strictObject({
    statementId: StatementId,
    documentId: DocumentId,
    holderId: ActorId.meta({ description: "Whose position it is." }),
    holder: z.string().meta({ description: "The holder's name.", examples: ["Sergey Lavrov"] }),
    rootActorId: ActorId.meta({
      description: "Top of the holder's memberOf chain: the comparison row it joins.",
    }),
    rootActor: z.string().meta({ description: "The root actor's name.", examples: ["Russia"] }),
    topicId: TopicId,
    topic: z.string().meta({ description: "The topic's label.", examples: ["NATO expansion"] }),
    sourceId: SourceId.nullable().meta({ description: "The publishing outlet, when known." }),
    source: z
      .string()
      .nullable()
      .meta({ description: "The outlet's name.", examples: ["Financial Times", null] }),
    date: PartialDate.nullable().meta({
      description: "When it was said, else when the document was published.",
      examples: ["2025-01-12", null],
    }),
    mode: StatementMode,
    stance: Stance,
    cue: z.string().nullable().meta({ description: "The reporting verb as written." }),
    exact: z.string().meta({ description: "The evidence: the exact words of the document." }),
    chain: z.string().meta({
      description: "The attribution chain, holder first, hops joined by ` ← `.",
      examples: ["Sergey Lavrov (said) ← Financial Times (reported)"],
    }),
    summary: z.string().meta({ description: "Short normalised wording of the position." }),
    confidence: z.number().min(0).max(1).meta({ description: "The extractor's confidence." }),
    reviewStatus: ReviewStatus,
    url: z.string().nullable().meta({ description: "The document's URL." }),
  })
  .meta({
    title: "ExportRow",
    description: "One statement as a flat row, for spreadsheets (CSV) and line-oriented tools.",
  });
export type ExportRow = z.infer<typeof ExportRow>;
