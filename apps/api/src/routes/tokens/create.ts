/** POST /api/tokens: issue an API token scoped to a role; the secret is in this answer only. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { TokenCreated, TokenCreateRequest } from "@stancemap/schema";
import { principalOf } from "../../auth/principal.js";
import { hashSecret, newSecret, TOKEN_PREFIX } from "../../auth/secrets.js";
import { limitBody } from "../../body-limit.js";
import { ApiError, problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const createTokenRoute = createRoute({
  method: "post",
  path: "/api/tokens",
  tags: ["tokens"],
  summary: "Create an API token",
  description:
    "Issues a token for scripts (`Authorization: Bearer <secret>`, e.g. `stancemap ingest --server URL --token …`). It acts for `user` (default: you) with `role`, which may not exceed that account's role. Only the secret's SHA-256 is stored: copy it from this answer. Audited (`create_token`). Admin only.",
  middleware: limitBody(8 * 1024, "a token request is a few short fields"),
  request: {
    body: { required: true, content: { "application/json": { schema: TokenCreateRequest } } },
  },
  responses: {
    201: {
      description: "The token and its secret, shown once.",
      content: { "application/json": { schema: TokenCreated } },
    },
    ...problemResponses(400, 401, 403, 404, 413),
  },
});

export const createToken: RouteHandler<typeof createTokenRoute, AppEnv> = async (c) => {
  const body = c.req.valid("json");
  const principal = principalOf(c);
  if (body.user === undefined && principal.via === "local") {
    throw new ApiError(
      400,
      "validation_failed",
      "The local user has no account: name the account the token acts for in `user` (create one with `stancemap users add`).",
      [{ path: "user", message: "Required in local mode" }],
    );
  }
  const secret = newSecret(TOKEN_PREFIX);
  const now = c.var.auth.now();
  const token = await c.var.store.createToken(
    {
      name: body.name,
      user: body.user ?? principal.name,
      role: body.role,
      secretHash: hashSecret(secret),
      expiresAt:
        body.expiresInDays === undefined
          ? null
          : new Date(now.getTime() + body.expiresInDays * 86_400_000),
    },
    { actor: principal.name },
  );
  c.header("Cache-Control", "no-store");
  return c.json({ token, secret }, 201);
};
