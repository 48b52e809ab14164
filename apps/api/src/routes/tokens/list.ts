/** GET /api/tokens: every API token, without secrets (admin only). */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { ApiToken } from "@stancemap/schema";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const listTokensRoute = createRoute({
  method: "get",
  path: "/api/tokens",
  tags: ["tokens"],
  summary: "List API tokens",
  description:
    "Every token with its account, scope and use; secrets are never shown again. Admin only.",
  responses: {
    200: {
      description: "The tokens.",
      content: { "application/json": { schema: z.strictObject({ items: z.array(ApiToken) }) } },
    },
    ...problemResponses(401, 403),
  },
});

export const listTokens: RouteHandler<typeof listTokensRoute, AppEnv> = async (c) =>
  c.json({ items: await c.var.store.listTokens() }, 200);
