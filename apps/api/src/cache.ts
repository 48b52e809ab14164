/**
 * An in-memory cache of successful GET /api/* answers. The corpus changes only through ingest and
 * review, so every write through the app empties it; PGlite admits one process, so those are all
 * the writes there are. On PostgreSQL other processes may write too, hence the optional TTL.
 */
import type { MiddlewareHandler } from "hono";

export interface CacheOptions {
  /** Total size of cached bodies (default 64 MB); the least recently used go first. */
  maxBytes?: number;
  /** Largest single body worth keeping (default 4 MB): whole-corpus exports are not. */
  maxEntryBytes?: number;
  /** Drop answers older than this (default: keep until the next write). */
  ttlMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

interface Entry {
  /** Encoded once: a hit then costs no string-to-UTF-8 conversion. */
  body: Uint8Array;
  headers: [string, string][];
  at: number;
}

export interface ResponseCache {
  middleware: MiddlewareHandler;
  clear(): void;
  readonly size: number;
}

const KEPT_HEADERS = ["content-type", "content-disposition", "etag"];
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function createResponseCache(options: CacheOptions = {}): ResponseCache {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? 4 * 1024 * 1024;
  const ttlMs = options.ttlMs ?? Number.POSITIVE_INFINITY;
  const now = options.now ?? Date.now;
  // A Map keeps insertion order: re-inserting on a hit makes the first key the least recently used.
  const entries = new Map<string, Entry>();
  let bytes = 0;
  // Bumped by every write, so a read that started before a write does not store a stale answer.
  let generation = 0;

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.byteLength;
    entries.delete(key);
  };
  const clear = () => {
    entries.clear();
    bytes = 0;
    generation++;
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== "GET") {
      await next();
      // Even a failed write may have changed something before failing; emptying is cheap.
      if (WRITES.has(c.req.method)) clear();
      return;
    }
    const key = c.req.url;
    const hit = entries.get(key);
    if (hit && now() - hit.at <= ttlMs) {
      entries.delete(key);
      entries.set(key, hit);
      return new Response(hit.body, { status: 200, headers: hit.headers });
    }
    if (hit) remove(key);
    const started = generation;
    await next();
    if (c.res.status !== 200 || generation !== started) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    if (body.byteLength > maxEntryBytes) return;
    const headers = KEPT_HEADERS.flatMap((name) => {
      const value = c.res.headers.get(name);
      return value === null ? [] : [[name, value] as [string, string]];
    });
    remove(key);
    entries.set(key, { body, headers, at: now() });
    bytes += body.byteLength;
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      remove(oldest);
    }
  };

  return {
    middleware,
    clear,
    get size() {
      return entries.size;
    },
  };
}
