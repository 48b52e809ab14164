/** Domain errors the store throws; the API maps each `code` to an HTTP status. */

export type StoreErrorCode =
  | "not_found"
  | "conflict"
  | "invalid_reference"
  | "validation_failed"
  | "stale_version";

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A requested record does not exist (HTTP 404). */
export class NotFoundError extends StoreError {
  readonly entity: string;
  readonly id: string;
  constructor(entity: string, id: string) {
    super("not_found", `No ${entity} ${id}`);
    this.entity = entity;
    this.id = id;
  }
}

/** The write lost a race or clashes with a unique record (HTTP 409). */
export class ConflictError extends StoreError {
  constructor(message: string, options?: ErrorOptions) {
    super("conflict", message, options);
  }
}

/**
 * The write named a version the record has moved past (HTTP 412): someone else changed it since
 * the caller read it. Carries the record as it is now, so the caller can show it and reapply.
 */
export class StaleVersionError extends StoreError {
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expected: number,
    readonly current: { version: number } & Record<string, unknown>,
  ) {
    super(
      "stale_version",
      `The ${entity} ${id} changed since you read it: it is at version ${current.version}, not ${expected}`,
    );
  }
}

/** The input refers to a record that does not exist (HTTP 422). */
export class InvalidReferenceError extends StoreError {
  constructor(message: string, options?: ErrorOptions) {
    super("invalid_reference", message, options);
  }
}

/** The input is well-typed but wrong: evidence that does not anchor, a malformed cursor (HTTP 400/422). */
export class ValidationError extends StoreError {
  constructor(message: string, options?: ErrorOptions) {
    super("validation_failed", message, options);
  }
}

interface PgErrorLike {
  code?: string;
  detail?: string;
  constraint?: string;
  message?: string;
}

/** Finds the driver's error under drizzle's DrizzleQueryError wrapper (its message holds every parameter). */
function pgCause(error: unknown): PgErrorLike | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const candidate = current as PgErrorLike & { cause?: unknown };
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code))
      return candidate;
    current = candidate.cause;
  }
  return null;
}

/** Turns constraint violations into domain errors with a short message; anything else passes through. */
export function translateDbError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  const pg = pgCause(error);
  if (!pg) return error;
  const what = pg.detail ?? pg.message ?? "constraint violated";
  if (pg.code === "23503")
    return new InvalidReferenceError(`Unknown reference: ${what}`, { cause: error });
  if (pg.code === "23505") return new ConflictError(`Duplicate record: ${what}`, { cause: error });
  if (pg.code === "23514" || pg.code === "23502") {
    return new ValidationError(`Invalid record: ${what}`, { cause: error });
  }
  return error;
}
