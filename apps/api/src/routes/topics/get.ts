/** GET /api/topics/{id}: one topic, its sub-topics and every root actor's position on it. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { TopicDetail, TopicId } from "@stancemap/schema";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";
import { etagOf } from "../../versions.js";

export const getTopicRoute = createRoute({
  method: "get",
  path: "/api/topics/{id}",
  tags: ["topics"],
  summary: "Get a topic",
  description:
    "The topic, the topics that refine it, and one comparison row per root actor with a position on it.",
  request: { params: idParam(TopicId, "topic") },
  responses: {
    200: { description: "The topic.", content: { "application/json": { schema: TopicDetail } } },
    ...problemResponses(400, 404),
  },
});

export const getTopic: RouteHandler<typeof getTopicRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const detail = await c.var.store.getTopic(id);
  c.header("ETag", etagOf(detail.version));
  return c.json(detail, 200);
};
