/** The top-level schemas that ship as JSON Schema files, and how each file is generated. */
import { z } from "zod";
import { Actor } from "./actor.js";
import { ComparisonRow } from "./comparison.js";
import { CorpusAnalysis } from "./corpus.js";
import { Document } from "./document.js";
import { Evidence } from "./evidence.js";
import { Page, Problem } from "./problem.js";
import { AuditEvent, ReviewDecision } from "./review.js";
import { Source } from "./source.js";
import { Statement } from "./statement.js";
import { Topic } from "./topic.js";

/** File stem (`json/<stem>.schema.json`) → schema. */
export const topLevelSchemas = {
  source: Source,
  document: Document,
  actor: Actor,
  evidence: Evidence,
  statement: Statement,
  topic: Topic,
  "comparison-row": ComparisonRow,
  "review-decision": ReviewDecision,
  "audit-event": AuditEvent,
  "corpus-analysis": CorpusAnalysis,
  problem: Problem,
  "statement-page": Page(Statement),
} as const satisfies Record<string, z.ZodType>;

export type TopLevelSchemaName = keyof typeof topLevelSchemas;

/** Draft 2020-12 JSON Schema for one top-level schema, with a stable `$id`. */
export function toJsonSchema(name: TopLevelSchemaName): Record<string, unknown> {
  const json = z.toJSONSchema(topLevelSchemas[name], {
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return { ...json, $id: `https://stancemap.dev/schema/${name}.schema.json` };
}
