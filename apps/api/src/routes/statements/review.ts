/** POST /api/statements/{id}/review: accept, reject or correct a statement. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { ReviewRequest, ReviewResult, StatementId } from "@stancemap/schema";
import { principalOf } from "../../auth/principal.js";
import { limitBody } from "../../body-limit.js";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";
import { etagOf, expectedVersion } from "../../versions.js";

export const reviewStatementRoute = createRoute({
  method: "post",
  path: "/api/statements/{id}/review",
  tags: ["statements"],
  summary: "Review a statement",
  description:
    "Records the signed-in reviewer's decision: `accept`, `reject` (the statement leaves comparisons) or `correct` (with the corrected holder, topic, stance or evidence). The statement, the decision and an audit event are written in one transaction. Send the version you saw (`If-Match` or `expectedVersion`): if someone changed the statement since, the answer is 412 with the statement as it is now, and nothing is written. Needs the reviewer role.",
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
    ...problemResponses(400, 404, 412, 413, 422, 428),
  },
});

export const reviewStatement: RouteHandler<typeof reviewStatementRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { expectedVersion: fromBody, ...body } = c.req.valid("json");
  const result = await c.var.store.recordReview({
    ...body,
    statementId: id,
    reviewer: principalOf(c).name,
    expectedVersion: expectedVersion(c, fromBody, "statement"),
  });
  c.header("ETag", etagOf(result.version));
  return c.json(result, 201);
};
