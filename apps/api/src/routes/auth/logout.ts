/** POST /api/auth/logout: end the session and clear its cookie. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { SessionInfo } from "@stancemap/schema";
import { deleteCookie } from "hono/cookie";
import { SESSION_COOKIE } from "../../auth/runtime.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";
import { sessionInfo } from "./session.js";

export const logoutRoute = createRoute({
  method: "post",
  path: "/api/auth/logout",
  tags: ["auth"],
  summary: "Sign out",
  description:
    "Deletes the session on the server and clears the cookie. Signing out without a session is not an error. Needs the `X-CSRF-Token` header like every cookie write.",
  responses: {
    200: {
      description: "Signed out.",
      content: { "application/json": { schema: SessionInfo } },
    },
    ...problemResponses(403),
  },
});

export const logout: RouteHandler<typeof logoutRoute, AppEnv> = async (c) => {
  const { principal, store, auth } = c.var;
  if (principal?.sessionId) await store.deleteSession(principal.sessionId);
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
  return c.json(sessionInfo(auth.mode, auth.mode === "local" ? principal : null), 200);
};
