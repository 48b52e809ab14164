/** GET /api/actors: every actor with its statement count. */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { ActorSummary, Page } from "@stancemap/schema";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const listActorsRoute = createRoute({
  method: "get",
  path: "/api/actors",
  tags: ["actors"],
  summary: "List actors",
  description:
    "Every actor (people, governments, states, organisations, outlets, anonymous sources), in ingest order, with the number of statements it holds itself. Not paginated: `nextCursor` is always null.",
  // No parameters; a strict empty query turns a typo (`?actor=`) into a 400 instead of being ignored.
  request: { query: z.strictObject({}) },
  responses: {
    200: {
      description: "All actors.",
      content: { "application/json": { schema: Page(ActorSummary) } },
    },
    ...problemResponses(400),
  },
});

export const listActors: RouteHandler<typeof listActorsRoute, AppEnv> = async (c) => {
  return c.json({ items: await c.var.store.listActors(), nextCursor: null }, 200);
};
