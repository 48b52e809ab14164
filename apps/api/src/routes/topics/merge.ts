/** POST /api/topics/{id}/merge: fold one topic into another, with its statements and sub-topics. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { TopicId, TopicMergeRequest, TopicMergeResult } from "@stancemap/schema";
import { principalOf } from "../../auth/principal.js";
import { limitBody } from "../../body-limit.js";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";
import { expectedVersion } from "../../versions.js";

export const mergeTopicRoute = createRoute({
  method: "post",
  path: "/api/topics/{id}/merge",
  tags: ["topics"],
  summary: "Merge a topic into another",
  description:
    "Moves every statement of the topic to `into`, makes its sub-topics refine `into`, and deletes it; an audit event (`merge_topics`) is written in the same transaction, and re-ingesting articles maps the merged topic to `into`. Send the merged topic's version (`If-Match` or `expectedVersion`); a stale one gets 412. Merging into one of its own sub-topics first lifts that sub-topic to the merged topic's parent. Merging a topic into itself is a 400. Needs the editor role.",
  middleware: limitBody(16 * 1024, "a merge names one topic"),
  request: {
    params: idParam(TopicId, "topic"),
    body: {
      required: true,
      content: { "application/json": { schema: TopicMergeRequest } },
    },
  },
  responses: {
    200: {
      description: "The target topic and what moved.",
      content: { "application/json": { schema: TopicMergeResult } },
    },
    ...problemResponses(400, 404, 412, 413, 428),
  },
});

export const mergeTopic: RouteHandler<typeof mergeTopicRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { into, expectedVersion: fromBody } = c.req.valid("json");
  const result = await c.var.store.mergeTopics(id, into, {
    actor: principalOf(c).name,
    expectedVersion: expectedVersion(c, fromBody, "topic"),
  });
  return c.json(result, 200);
};
