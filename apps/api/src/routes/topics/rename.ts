/** PATCH /api/topics/{id}: rename a topic the extractor induced, optionally rephrasing its proposition. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { TopicId, TopicRenameRequest, TopicSummary } from "@stancemap/schema";
import { principalOf } from "../../auth/principal.js";
import { limitBody } from "../../body-limit.js";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";
import { etagOf, expectedVersion } from "../../versions.js";

const RenamedTopic = TopicSummary.omit({ statementCount: true }).meta({
  title: "VersionedTopic",
  description: "A topic with its version.",
});

export const renameTopicRoute = createRoute({
  method: "patch",
  path: "/api/topics/{id}",
  tags: ["topics"],
  summary: "Rename a topic",
  description:
    "Sets the topic's label and, when given, its proposition. Send the version you saw (`If-Match` or `expectedVersion`); a stale one gets 412 with the topic as it is now. The change and an audit event (`rename_topic`) are written in one transaction; re-ingesting articles keeps the new label. Needs the editor role.",
  middleware: limitBody(16 * 1024, "a rename is two short fields"),
  request: {
    params: idParam(TopicId, "topic"),
    body: {
      required: true,
      content: { "application/json": { schema: TopicRenameRequest } },
    },
  },
  responses: {
    200: {
      description: "The topic after the change.",
      content: { "application/json": { schema: RenamedTopic } },
    },
    ...problemResponses(400, 404, 412, 413, 428),
  },
});

export const renameTopic: RouteHandler<typeof renameTopicRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { expectedVersion: fromBody, ...rename } = c.req.valid("json");
  const topic = await c.var.store.renameTopic(id, rename, {
    actor: principalOf(c).name,
    expectedVersion: expectedVersion(c, fromBody, "topic"),
  });
  c.header("ETag", etagOf(topic.version));
  return c.json(topic, 200);
};
