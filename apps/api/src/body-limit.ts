/** Request body size limits: hono/body-limit, plus reading the body inside the limit so an oversized one is a 413. */
import { formatSize } from "@stancemap/extract";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { problemResponse } from "./problem.js";

/**
 * Both middlewares a route with a body needs. A body without Content-Length is only measured while
 * it streams, and the validators would report the cut-off as malformed input (400), so the body
 * is read here first; later readers get Hono's cached copy.
 */
export function limitBody(maxBytes: number, hint: string): [MiddlewareHandler, MiddlewareHandler] {
  const tooLarge = (c: Context) =>
    problemResponse(
      c,
      413,
      "payload_too_large",
      `The request body is larger than ${formatSize(maxBytes)}; ${hint}.`,
    );
  const buffer: MiddlewareHandler = async (c, next) => {
    try {
      await c.req.arrayBuffer();
    } catch (error) {
      if ((error as Error).name === "BodyLimitError") return tooLarge(c);
      throw error;
    }
    await next();
  };
  return [bodyLimit({ maxSize: maxBytes, onError: tooLarge }), buffer];
}
