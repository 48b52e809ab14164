/** Opaque keyset cursors: base64url JSON naming the list and the last row's position in it. */
import { ValidationError } from "./errors.js";

export function encodeCursor(list: string, seq: number): string {
  return Buffer.from(JSON.stringify({ l: list, s: seq })).toString("base64url");
}

/** The position after which the next page starts; throws ValidationError for a foreign or broken cursor. */
export function decodeCursor(list: string, cursor: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (parsed && typeof parsed === "object" && "l" in parsed && "s" in parsed) {
      const { l, s } = parsed;
      if (l === list && Number.isSafeInteger(s) && (s as number) >= 0) return s as number;
    }
  } catch {
    // fall through to the one error below
  }
  throw new ValidationError(`Invalid cursor for ${list}`);
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** Clamps a requested page size to 1–500, defaulting to 50. */
export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1)
    throw new ValidationError("limit must be a positive integer");
  return Math.min(limit, MAX_LIMIT);
}
