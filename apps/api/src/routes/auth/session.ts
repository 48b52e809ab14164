/** GET /api/auth/session: the sign-in mode, who you are, and the CSRF token for writes. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { SessionInfo, type SessionInfo as SessionInfoBody } from "@stancemap/schema";
import type { RequestIdentity } from "../../auth/runtime.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const sessionRoute = createRoute({
  method: "get",
  path: "/api/auth/session",
  tags: ["auth"],
  summary: "Get the current session",
  description:
    "Public. In local mode everyone is the local user with every role. In shared mode it says who is signed in (or null) and gives the CSRF token to send as `X-CSRF-Token` with every write made with the session cookie.",
  responses: {
    200: {
      description: "The sign-in state.",
      content: { "application/json": { schema: SessionInfo } },
    },
    ...problemResponses(),
  },
});

export function sessionInfo(
  mode: SessionInfoBody["mode"],
  identity: RequestIdentity | null,
): SessionInfoBody {
  return {
    mode,
    principal: identity ? { name: identity.name, role: identity.role, via: identity.via } : null,
    csrfToken: identity?.csrfToken ?? null,
    expiresAt: identity?.expiresAt?.toISOString() ?? null,
  };
}

export const getSession: RouteHandler<typeof sessionRoute, AppEnv> = async (c) => {
  c.header("Cache-Control", "no-store");
  return c.json(sessionInfo(c.var.auth.mode, c.var.principal), 200);
};
