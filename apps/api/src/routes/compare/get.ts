/** GET /api/compare: root actors × topics as rows, sources as columns, statements in the cells. */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { ActorId, ComparisonTable, TopicId } from "@stancemap/schema";
import { commaList } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const compareRoute = createRoute({
  method: "get",
  path: "/api/compare",
  tags: ["compare"],
  summary: "Compare positions across sources",
  description:
    "One row per root actor (the top of the holder's memberOf chain) and topic, with whether the sources agree; one cell per document reporting it, holding the statements with their evidence, mode, attribution chain and date. Columns are the sources, sorted by name; documents without a known source come last. Rejected statements are left out. Without `actors` and `topics`, the whole corpus is compared.",
  request: {
    query: z.strictObject({
      actors: commaList(
        ActorId,
        "Comma-separated actor ids: keeps statements held by these actors or their members.",
        "act_russia,act_unitedstates",
      ).optional(),
      topics: commaList(
        TopicId,
        "Comma-separated topic ids.",
        "top_ukrainenatomembership",
      ).optional(),
    }),
  },
  responses: {
    200: {
      description: "The comparison table.",
      content: { "application/json": { schema: ComparisonTable } },
    },
    ...problemResponses(400),
  },
});

export const compare: RouteHandler<typeof compareRoute, AppEnv> = async (c) => {
  const { actors, topics } = c.req.valid("query");
  return c.json(await c.var.store.compareTable({ actorIds: actors, topicIds: topics }), 200);
};
