/** DELETE /api/tokens/{id}: revoke a token (admin only); the record stays for the audit trail. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { ApiToken, ApiTokenId } from "@stancemap/schema";
import { principalOf } from "../../auth/principal.js";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const revokeTokenRoute = createRoute({
  method: "delete",
  path: "/api/tokens/{id}",
  tags: ["tokens"],
  summary: "Revoke an API token",
  description:
    "The token stops working at once. Revoking twice is not an error. Audited (`revoke_token`). Admin only.",
  request: { params: idParam(ApiTokenId, "token") },
  responses: {
    200: {
      description: "The revoked token.",
      content: { "application/json": { schema: ApiToken } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

export const revokeToken: RouteHandler<typeof revokeTokenRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(await c.var.store.revokeToken(id, { actor: principalOf(c).name }), 200);
};
