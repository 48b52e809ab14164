/**
 * Optimistic concurrency over HTTP: reads send a record's version as a strong ETag (`"3"`), and
 * writes name the version they saw in If-Match or in the body's `expectedVersion`.
 */
import type { Context } from "hono";
import { ApiError } from "./problem.js";

/** `"3"` for version 3. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version an If-Match header names: `"3"` (or `W/"3"`); undefined without the header. */
function ifMatchVersion(c: Context): number | undefined {
  const header = c.req.header("if-match");
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match?.[1]) {
    throw new ApiError(
      400,
      "validation_failed",
      `If-Match must be one ETag from a read, such as "3"; got ${header.slice(0, 40)}`,
    );
  }
  return Number(match[1]);
}

/**
 * The version a write expects, from If-Match or the body; the two must agree, and one is required
 * so no write can overwrite a change its author never saw.
 */
export function expectedVersion(c: Context, fromBody: number | undefined, what: string): number {
  const fromHeader = ifMatchVersion(c);
  if (fromHeader !== undefined && fromBody !== undefined && fromHeader !== fromBody) {
    throw new ApiError(
      400,
      "validation_failed",
      `If-Match names version ${fromHeader} but expectedVersion is ${fromBody}`,
    );
  }
  const version = fromHeader ?? fromBody;
  if (version === undefined) {
    throw new ApiError(
      428,
      "precondition_required",
      `Send the ${what}'s version you read, as If-Match: "<version>" or expectedVersion, so a change made since is not overwritten.`,
    );
  }
  return version;
}
