/** GET /api/sources: every outlet with its document count. */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { Page, SourceSummary } from "@stancemap/schema";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const listSourcesRoute = createRoute({
  method: "get",
  path: "/api/sources",
  tags: ["sources"],
  summary: "List sources",
  description:
    "Every outlet, in ingest order, with its number of current documents. The list is not paginated: `nextCursor` is always null.",
  // No parameters; a strict empty query turns a typo (`?actor=`) into a 400 instead of being ignored.
  request: { query: z.strictObject({}) },
  responses: {
    200: {
      description: "All sources.",
      content: { "application/json": { schema: Page(SourceSummary) } },
    },
    ...problemResponses(400),
  },
});

export const listSources: RouteHandler<typeof listSourcesRoute, AppEnv> = async (c) => {
  return c.json({ items: await c.var.store.listSources(), nextCursor: null }, 200);
};
