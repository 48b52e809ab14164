/** GET /api/topics: every topic with its statement count. */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { Page, TopicSummary } from "@stancemap/schema";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const listTopicsRoute = createRoute({
  method: "get",
  path: "/api/topics",
  tags: ["topics"],
  summary: "List topics",
  description:
    "Every topic (an issue phrased as a proposition), in ingest order, with its number of statements in current documents. Not paginated: `nextCursor` is always null.",
  // No parameters; a strict empty query turns a typo (`?actor=`) into a 400 instead of being ignored.
  request: { query: z.strictObject({}) },
  responses: {
    200: {
      description: "All topics.",
      content: { "application/json": { schema: Page(TopicSummary) } },
    },
    ...problemResponses(400),
  },
});

export const listTopics: RouteHandler<typeof listTopicsRoute, AppEnv> = async (c) => {
  return c.json({ items: await c.var.store.listTopics(), nextCursor: null }, 200);
};
