/** PATCH /api/topics/{id}: rename a topic the extractor induced, optionally rephrasing its proposition. */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { Topic, TopicId } from "@stancemap/schema";
import { limitBody } from "../../body-limit.js";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

/** Who made an edit; the API has no accounts yet, so the caller names themself like a reviewer does. */
export const EditorName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .meta({
    description: "Who made the change (user name); defaults to `api`.",
    examples: ["alice"],
  });

export const TopicRenameRequest = z
  .strictObject({
    label: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .meta({ description: "The new readable name.", examples: ["Ukraine joining NATO"] }),
    proposition: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .meta({
        description: "The new proposition stances are measured against; unchanged when absent.",
        examples: ["Ukraine should join NATO."],
      }),
    actor: EditorName.optional(),
  })
  .meta({ title: "TopicRenameRequest", description: "A new label (and proposition) for a topic." });

export const renameTopicRoute = createRoute({
  method: "patch",
  path: "/api/topics/{id}",
  tags: ["topics"],
  summary: "Rename a topic",
  description:
    "Sets the topic's label and, when given, its proposition. The change and an audit event (`rename_topic`) are written in one transaction.",
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
      content: { "application/json": { schema: Topic } },
    },
    ...problemResponses(400, 404, 413),
  },
});

export const renameTopic: RouteHandler<typeof renameTopicRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { actor, ...rename } = c.req.valid("json");
  return c.json(await c.var.store.renameTopic(id, rename, { actor: actor ?? "api" }), 200);
};
