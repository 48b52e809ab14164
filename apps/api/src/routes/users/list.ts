/** GET /api/users: every account (admin only). */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { User } from "@stancemap/schema";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const listUsersRoute = createRoute({
  method: "get",
  path: "/api/users",
  tags: ["users"],
  summary: "List users",
  description: "Every account, oldest first, without password hashes. Admin only.",
  responses: {
    200: {
      description: "The accounts.",
      content: { "application/json": { schema: z.strictObject({ items: z.array(User) }) } },
    },
    ...problemResponses(401, 403),
  },
});

export const listUsers: RouteHandler<typeof listUsersRoute, AppEnv> = async (c) =>
  c.json({ items: await c.var.store.listUsers() }, 200);
