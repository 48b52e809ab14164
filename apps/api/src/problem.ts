/** RFC 9457 problem details: the one error body the API answers with, the error that carries it, and the route declarations. */
import type { FieldError } from "@stancemap/schema";
import { Problem } from "@stancemap/schema";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

const TITLES = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  412: "Precondition failed",
  413: "Content too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  428: "Precondition required",
  429: "Too many requests",
  500: "Internal server error",
  503: "Service unavailable",
} as const;

export type ErrorStatus = keyof typeof TITLES;

/** An error a handler throws to answer with a problem; the app's onError renders it. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export function problemBody(
  status: ErrorStatus,
  code: string,
  detail: string,
  instance?: string,
  errors?: FieldError[],
  current?: unknown,
): Problem {
  return {
    type: `https://stancemap.dev/problems/${code}`,
    title: TITLES[status],
    status,
    detail,
    ...(instance !== undefined && { instance }),
    code,
    ...(errors && errors.length > 0 && { errors }),
    ...(current !== undefined && { current }),
  };
}

export function problemResponse(
  c: Context,
  status: ErrorStatus,
  code: string,
  detail: string,
  errors?: FieldError[],
  current?: unknown,
): Response {
  const body = problemBody(status, code, detail, c.req.path, errors, current);
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, {
    "Content-Type": PROBLEM_CONTENT_TYPE,
  });
}

const DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: "Invalid input: the problem names each offending field (code `validation_failed`).",
  401: "No valid session or API token (code `unauthenticated`, `invalid_token` or `invalid_credentials`).",
  403: "Signed in without the role this needs (code `forbidden`), or a write failed the CSRF check (code `csrf_failed`).",
  404: "No record with this id (code `not_found`).",
  409: "The write clashes with a stored record, e.g. a user name already taken (code `conflict`).",
  412: "The record changed since you read it (code `stale_version`); `current` holds it as it is now, with its version.",
  413: "The request or one of its files is too large (code `payload_too_large`).",
  415: "The body is neither JSON nor multipart/form-data (code `unsupported_media_type`).",
  422: "Understood but unusable: unknown references, or no readable document (code `invalid_reference` or `no_documents`).",
  428: "A write that needs the version you saw came without one: send `If-Match` or `expectedVersion` (code `precondition_required`).",
  429: "Too many failed sign-ins for this account or address (code `locked_out`); see Retry-After.",
  500: "Unexpected server error (code `internal_error`); details are logged, not returned.",
  503: "The database does not answer (code `unavailable`).",
};

type ProblemResponses<S extends ErrorStatus> = {
  [K in S]: {
    description: string;
    content: { "application/problem+json": { schema: typeof Problem } };
  };
};

/**
 * The error responses a route declares, each an application/problem+json body. Every route may
 * answer 401 and 403 (a bad token, a foreign Host or Origin, a missing role) and 500.
 */
export function problemResponses<const S extends ErrorStatus[]>(
  ...statuses: S
): ProblemResponses<S[number] | 401 | 403 | 500> {
  const out: Record<number, unknown> = {};
  for (const status of [...statuses, 401 as const, 403 as const, 500 as const].sort(
    (a, b) => a - b,
  )) {
    out[status] = {
      description: DESCRIPTIONS[status],
      content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } },
    };
  }
  return out as ProblemResponses<S[number] | 401 | 403 | 500>;
}
