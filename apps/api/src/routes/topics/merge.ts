/** POST /api/topics/{id}/merge: fold one topic into another, with its statements and sub-topics. */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { AuditEventId, Topic, TopicId } from "@stancemap/schema";
import { limitBody } from "../../body-limit.js";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";
import { EditorName } from "./rename.js";

export const TopicMergeRequest = z
  .strictObject({
    into: TopicId.meta({ description: "The topic that absorbs this one." }),
    actor: EditorName.optional(),
  })
  .meta({ title: "TopicMergeRequest", description: "Which topic to merge this one into." });

export const TopicMergeResult = z
  .strictObject({
    topic: Topic.meta({ description: "The target topic after the merge." }),
    statementsMoved: z
      .number()
      .int()
      .min(0)
      .meta({ description: "Statements moved to the target.", examples: [3] }),
    reparented: z
      .array(TopicId)
      .meta({ description: "The merged topic's sub-topics, which now refine the target." }),
    auditEventId: AuditEventId,
  })
  .meta({ title: "TopicMergeResult", description: "What a topic merge changed." });

export const mergeTopicRoute = createRoute({
  method: "post",
  path: "/api/topics/{id}/merge",
  tags: ["topics"],
  summary: "Merge a topic into another",
  description:
    "Moves every statement of the topic to `into`, makes its sub-topics refine `into`, and deletes it; an audit event (`merge_topics`) is written in the same transaction. Merging into one of its own sub-topics first lifts that sub-topic to the merged topic's parent. Merging a topic into itself is a 400.",
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
    ...problemResponses(400, 404, 413),
  },
});

export const mergeTopic: RouteHandler<typeof mergeTopicRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { into, actor } = c.req.valid("json");
  return c.json(await c.var.store.mergeTopics(id, into, { actor: actor ?? "api" }), 200);
};
