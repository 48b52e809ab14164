/** GET /api/statements/{id}/history: a statement's review decisions and audit events. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { type AuditEvent, StatementHistory, StatementId } from "@stancemap/schema";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const statementHistoryRoute = createRoute({
  method: "get",
  path: "/api/statements/{id}/history",
  tags: ["statements"],
  summary: "Get a statement's history",
  description:
    "Every review decision on the statement (oldest first) and every audit event recorded on it (newest first), with what changed.",
  request: { params: idParam(StatementId, "statement") },
  responses: {
    200: {
      description: "The history.",
      content: { "application/json": { schema: StatementHistory } },
    },
    ...problemResponses(400, 404),
  },
});

export const statementHistory: RouteHandler<typeof statementHistoryRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { store } = c.var;
  // Throws NotFoundError for an unknown statement, so it goes first.
  const decisions = await store.listReviewDecisions(id);
  const events: AuditEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listAuditEvents({
      entityType: "statement",
      entityId: id,
      cursor,
      limit: 500,
    });
    events.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return c.json({ statementId: id, decisions, events }, 200);
};
