/**
 * Named schemas for the OpenAPI document. The Zod schemas come from @stancemap/schema without
 * OpenAPI ids, so the generator inlines them everywhere; this pass finds each named schema in the
 * generated document and puts a `$ref` to `components/schemas/<Name>` in its place.
 */
import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import * as schema from "@stancemap/schema";

type Json = Record<string, unknown>;

/** Every record a client meets in a request or response, by the name it has in @stancemap/schema. */
const NAMED: Record<string, z.ZodType> = {
  Evidence: schema.Evidence,
  Hedge: schema.Hedge,
  AttributionHop: schema.AttributionHop,
  SaidAt: schema.SaidAt,
  Statement: schema.Statement,
  ExcludedRange: schema.ExcludedRange,
  DocumentLink: schema.DocumentLink,
  Document: schema.Document,
  Source: schema.Source,
  ActorRole: schema.ActorRole,
  Actor: schema.Actor,
  Topic: schema.Topic,
  ComparisonRow: schema.ComparisonRow,
  StatementCorrection: schema.StatementCorrection,
  ReviewDecision: schema.ReviewDecision,
  AuditEvent: schema.AuditEvent,
  FieldError: schema.FieldError,
  Problem: schema.Problem,
  CorpusAnalysis: schema.CorpusAnalysis,
  DocumentSummary: schema.DocumentSummary,
  DocumentDetail: schema.DocumentDetail,
  SourceSummary: schema.SourceSummary,
  ActorSummary: schema.ActorSummary,
  ActorPosition: schema.ActorPosition,
  ActorDetail: schema.ActorDetail,
  TopicSummary: schema.TopicSummary,
  TopicDetail: schema.TopicDetail,
  SearchResults: schema.SearchResults,
  UpsertCounts: schema.UpsertCounts,
  IngestSummary: schema.IngestSummary,
  DocumentInput: schema.DocumentInput,
  IngestedDocument: schema.IngestedDocument,
  IngestFailure: schema.IngestFailure,
  IngestResult: schema.IngestResult,
  ReviewRequest: schema.ReviewRequest,
  ReviewResult: schema.ReviewResult,
  StatementHistory: schema.StatementHistory,
  ComparisonCell: schema.ComparisonCell,
  ComparisonTableRow: schema.ComparisonTableRow,
  ComparisonTable: schema.ComparisonTable,
  ExportRow: schema.ExportRow,
};

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What identifies a schema: everything but the per-use description and examples. */
function identity(node: Json): string {
  const { description: _d, examples: _e, ...rest } = node;
  return JSON.stringify(rest);
}

interface Named {
  name: string;
  description: unknown;
}

/** Replaces known schemas bottom-up, so a larger schema's identity already holds refs to smaller ones. */
function replace(node: unknown, known: Map<string, Named>, isRoot = false): unknown {
  if (Array.isArray(node)) return node.map((item) => replace(item, known));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = replace(value, known);
  const match = isRoot ? undefined : known.get(identity(out));
  if (!match) return out;
  // A use may describe the field differently from the schema itself; keep that description.
  return {
    $ref: `#/components/schemas/${match.name}`,
    ...(out.description !== undefined &&
      out.description !== match.description && { description: out.description }),
  };
}

/** The document with named schemas under components/schemas and `$ref`s where they were inlined. */
export function withComponents<T extends Json>(document: T): T {
  // One throwaway route per named schema: the generator's inline JSON for it, as the paths have it.
  const probe = new OpenAPIHono();
  for (const [name, zodSchema] of Object.entries(NAMED)) {
    probe.openapi(
      createRoute({
        method: "get",
        path: `/${name}`,
        responses: {
          200: { description: name, content: { "application/json": { schema: zodSchema } } },
        },
      }),
      (c) => c.json(null as never, 200),
    );
  }
  const generated = probe.getOpenAPI31Document({
    openapi: "3.1.0",
    info: { title: "components", version: "0" },
  });
  const inline = Object.keys(NAMED).map((name): [string, Json] => {
    const responses = generated.paths?.[`/${name}`]?.get?.responses as Record<string, Json>;
    const content = responses["200"]?.content as Record<string, { schema: Json }>;
    return [name, content["application/json"]?.schema ?? {}];
  });
  // Smallest first: a schema can only contain smaller ones.
  inline.sort((a, b) => JSON.stringify(a[1]).length - JSON.stringify(b[1]).length);
  const known = new Map<string, Named>();
  const schemas: Record<string, unknown> = {};
  for (const [name, json] of inline) {
    const reduced = replace(json, known, true) as Json;
    schemas[name] = reduced;
    const key = identity(reduced);
    if (!known.has(key)) known.set(key, { name, description: reduced.description });
  }
  const paths = replace(document.paths, known);
  // Keep the schemas the paths use, directly or through another schema, in NAMED's order.
  const used = new Set<string>();
  const visit = (node: unknown) => {
    for (const [, name] of JSON.stringify(node).matchAll(/#\/components\/schemas\/(\w+)/g)) {
      if (name && !used.has(name)) {
        used.add(name);
        visit(schemas[name]);
      }
    }
  };
  visit(paths);
  const ordered = Object.fromEntries(
    Object.keys(NAMED)
      .filter((name) => used.has(name))
      .map((name) => [name, schemas[name]]),
  );
  return {
    ...document,
    paths,
    components: { ...(isObject(document.components) ? document.components : {}), schemas: ordered },
  };
}
