/** Review decisions on statements, and the append-only audit trail of every write. */
import { z } from "zod";
import { Evidence } from "./evidence.js";
import { ActorId, AuditEventId, ReviewDecisionId, StatementId, Timestamp, TopicId } from "./ids.js";
import { Stance } from "./statement.js";

export const ReviewAction = z
  .enum(["accept", "reject", "correct"])
  .meta({ description: "What the reviewer decided.", examples: ["correct"] });
export type ReviewAction = z.infer<typeof ReviewAction>;

export const StatementCorrection = z
  .strictObject({
    holderId: ActorId.optional(),
    topicId: TopicId.optional(),
    stance: Stance.optional(),
    evidence: Evidence.optional(),
  })
  .meta({
    title: "StatementCorrection",
    description: "The fields a reviewer corrected; absent fields stay as they were.",
  });
export type StatementCorrection = z.infer<typeof StatementCorrection>;

export const ReviewDecision = z
  .strictObject({
    id: ReviewDecisionId,
    statementId: StatementId,
    action: ReviewAction,
    correction: StatementCorrection.nullable().meta({
      description: "The corrected fields, for `correct`; null otherwise.",
    }),
    reviewer: z
      .string()
      .min(1)
      .meta({ description: "Who decided (user name).", examples: ["alice"] }),
    decidedAt: Timestamp,
    note: z
      .string()
      .nullable()
      .meta({
        description: "The reviewer's free-text reason.",
        examples: ["Holder is Lavrov, not Putin.", null],
      }),
  })
  .meta({ title: "ReviewDecision", description: "A reviewer's verdict on one statement." });
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const AuditAction = z
  .enum([
    "ingest",
    "review",
    "rename_topic",
    "merge_topics",
    "rename_actor",
    "merge_actors",
    "create_user",
    "update_user",
    "delete_user",
    "create_token",
    "revoke_token",
  ])
  .meta({ description: "The kind of write.", examples: ["review"] });
export type AuditAction = z.infer<typeof AuditAction>;

/** Any JSON value, but present: `z.unknown()` alone lets the key be absent, while the JSON Schema requires it. */
const Recorded = z
  .unknown()
  .refine((value) => value !== undefined, { error: "Required: use null for no record" });

export const AuditEvent = z
  .strictObject({
    id: AuditEventId,
    actor: z
      .string()
      .min(1)
      .meta({ description: "Who made the change (user name, or `system`).", examples: ["alice"] }),
    at: Timestamp,
    action: AuditAction,
    entityType: z
      .enum(["document", "statement", "topic", "actor", "user", "token"])
      .meta({ description: "What kind of record changed.", examples: ["statement"] }),
    entityId: z
      .string()
      .min(1)
      .meta({ description: "Id of the record that changed.", examples: ["stm_0c1d2e3f4a5b6c7d"] }),
    before: Recorded.meta({
      description: "The record (or changed fields) before; null when created.",
    }),
    after: Recorded.meta({
      description: "The record (or changed fields) after; null when deleted.",
    }),
  })
  .meta({
    title: "AuditEvent",
    description: "One write, recorded with who, when, what, before and after. Append-only.",
  });
export type AuditEvent = z.infer<typeof AuditEvent>;
