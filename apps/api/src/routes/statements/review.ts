/** POST /api/statements/{id}/review: accept, reject or correct a statement. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { ReviewRequest, ReviewResult, StatementId } from "@stancemap/schema";
import { limitBody } from "../../body-limit.js";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const reviewStatementRoute = createRoute({
  method: "post",
  path: "/api/statements/{id}/review",
  tags: ["statements"],
  summary: "Review a statement",
  description:
    "Records a reviewer's decision: `accept`, `reject` (the statement leaves comparisons) or `correct` (with the corrected holder, topic, stance or evidence). The statement, the decision and an audit event are written in one transaction. Send `expectedVersion` to fail with 409 if someone else reviewed it since.",
  middleware: limitBody(64 * 1024, "a review is a few fields"),
  request: {
    params: idParam(StatementId, "statement"),
    body: {
      required: true,
      content: { "application/json": { schema: ReviewRequest } },
    },
  },
  responses: {
    201: {
      description: "The decision and the statement after it.",
      content: { "application/json": { schema: ReviewResult } },
    },
    ...problemResponses(400, 404, 409, 413, 422),
  },
});

export const reviewStatement: RouteHandler<typeof reviewStatementRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const result = await c.var.store.recordReview({ ...body, statementId: id });
  return c.json(result, 201);
};
