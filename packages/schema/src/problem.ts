/** API helpers: RFC 9457 problem details and the cursor pagination envelope. */
import { z } from "zod";

export const ProblemCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/)
  .meta({
    description: "Stable, machine-readable error code (snake_case).",
    examples: ["validation_failed", "not_found"],
  });

export const FieldError = z
  .strictObject({
    path: z.string().meta({
      description: "Dotted path of the offending field (empty for the whole body).",
      examples: ["topics.0", "limit"],
    }),
    message: z.string().meta({
      description: "What is wrong with it.",
      examples: ["Expected number, received string"],
    }),
  })
  .meta({ title: "FieldError", description: "One invalid field." });
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z
  .strictObject({
    type: z
      .string()
      .min(1)
      .meta({
        description: "URI reference identifying the problem type.",
        examples: ["https://stancemap.dev/problems/not_found", "about:blank"],
      }),
    title: z
      .string()
      .min(1)
      .meta({
        description: "Short human-readable summary of the problem type.",
        examples: ["Not found"],
      }),
    status: z
      .int()
      .min(400)
      .max(599)
      .meta({ description: "The HTTP status code.", examples: [404] }),
    detail: z
      .string()
      .optional()
      .meta({
        description: "Explanation specific to this occurrence.",
        examples: ["No document doc_0000000000000000"],
      }),
    instance: z
      .string()
      .optional()
      .meta({
        description: "URI reference of this occurrence (usually the request path).",
        examples: ["/api/documents/doc_0000000000000000"],
      }),
    code: ProblemCode,
    errors: z.array(FieldError).optional().meta({ description: "Per-field validation errors." }),
    current: z.unknown().optional().meta({
      description:
        "For a stale write (412, code `stale_version`): the record as it is now, with its `version`, so the client can show it and reapply.",
    }),
  })
  .meta({
    title: "Problem",
    description: "RFC 9457 problem details (application/problem+json) with a stable `code`.",
  });
export type Problem = z.infer<typeof Problem>;

/** Wraps an item schema in the cursor pagination envelope every list endpoint returns. */
export function Page<T extends z.ZodType>(item: T) {
  return z
    .strictObject({
      items: z.array(item).meta({ description: "This page's items, in a stable order." }),
      nextCursor: z
        .string()
        .min(1)
        .nullable()
        .meta({
          description: "Opaque cursor for the next page; null on the last page.",
          examples: ["eyJpZCI6InN0bV8wYzFkIn0", null],
        }),
    })
    .meta({ title: "Page", description: "One page of a cursor-paginated list." });
}
export type Page<T> = { items: T[]; nextCursor: string | null };

export const PageQuery = z
  .strictObject({
    cursor: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The `nextCursor` of the previous page." }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(500)
      .default(50)
      .meta({ description: "Page size (1–500).", examples: [50] }),
  })
  .meta({ title: "PageQuery", description: "Query parameters of a paginated request." });
export type PageQuery = z.infer<typeof PageQuery>;
