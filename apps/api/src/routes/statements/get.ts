/** GET /api/statements/{id}: one statement with its version (also as ETag), for a review to send back. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { StatementId, StatementRecord } from "@stancemap/schema";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";
import { etagOf } from "../../versions.js";

export const getStatementRoute = createRoute({
  method: "get",
  path: "/api/statements/{id}",
  tags: ["statements"],
  summary: "Get a statement",
  description:
    "The statement as stored now, with its `version`, also sent as the ETag: send it back in `If-Match` with a review.",
  request: { params: idParam(StatementId, "statement") },
  responses: {
    200: {
      description: "The statement.",
      content: { "application/json": { schema: StatementRecord } },
    },
    ...problemResponses(400, 404),
  },
});

export const getStatement: RouteHandler<typeof getStatementRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const statement = await c.var.store.getStatement(id);
  c.header("ETag", etagOf(statement.version));
  return c.json(statement, 200);
};
