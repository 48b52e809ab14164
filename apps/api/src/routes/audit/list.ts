/** GET /api/audit: the audit trail, newest first, filtered; events on accounts and tokens for admins only. */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { AuditAction, AuditEvent, Page, roleAtLeast } from "@stancemap/schema";
import { principalOf } from "../../auth/principal.js";
import { PageParams } from "../../params.js";
import { ApiError, problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

const EntityType = AuditEvent.shape.entityType;
const CONTENT_TYPES = EntityType.options.filter((t) => t !== "user" && t !== "token");

export const AuditQuery = PageParams.extend({
  entityType: EntityType.optional(),
  entityId: z.string().min(1).max(200).optional().meta({ description: "One record's events." }),
  action: AuditAction.optional(),
  actor: z.string().min(1).max(200).optional().meta({ description: "One person's writes." }),
}).strict();

export const listAuditRoute = createRoute({
  method: "get",
  path: "/api/audit",
  tags: ["audit"],
  summary: "List audit events",
  description:
    "Every write (ingest, review, rename, merge, account and token changes) with who, when, before and after, newest first. Append-only: there is no route to change or delete an event, and the database refuses it. Events on users and tokens are shown to admins only.",
  request: { query: AuditQuery },
  responses: {
    200: {
      description: "A page of events.",
      content: { "application/json": { schema: Page(AuditEvent) } },
    },
    ...problemResponses(400, 401, 403),
  },
});

export const listAudit: RouteHandler<typeof listAuditRoute, AppEnv> = async (c) => {
  const query = c.req.valid("query");
  const admin = roleAtLeast(principalOf(c).role, "admin");
  if (!admin && (query.entityType === "user" || query.entityType === "token")) {
    throw new ApiError(403, "forbidden", `Events on ${query.entityType}s are for admins.`);
  }
  const page = await c.var.store.listAuditEvents({
    ...query,
    ...(!admin && { entityTypes: CONTENT_TYPES }),
  });
  return c.json(page, 200);
};
