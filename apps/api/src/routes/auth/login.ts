/** POST /api/auth/login: check a password, start a session in an httpOnly cookie, or count a failure. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { LoginRequest, SessionInfo } from "@stancemap/schema";
import type { Context } from "hono";
import { setCookie } from "hono/cookie";
import { decoyHash, verifyPassword } from "../../auth/password.js";
import { SESSION_COOKIE } from "../../auth/runtime.js";
import { hashSecret, newSecret } from "../../auth/secrets.js";
import { limitBody } from "../../body-limit.js";
import { ApiError, problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";
import { sessionInfo } from "./session.js";

export const loginRoute = createRoute({
  method: "post",
  path: "/api/auth/login",
  tags: ["auth"],
  summary: "Sign in",
  description:
    "Checks the name and password and sets the `stancemap_session` cookie (httpOnly, SameSite=Lax, Secure over https). After 5 failures for one account, or 20 from one address, within 15 minutes, sign-in is refused for 15 minutes (429 with Retry-After). In local mode there is nothing to sign in to (400).",
  middleware: limitBody(8 * 1024, "a sign-in is a name and a password"),
  request: {
    body: { required: true, content: { "application/json": { schema: LoginRequest } } },
  },
  responses: {
    200: {
      description: "Signed in: the new session, with its CSRF token.",
      content: { "application/json": { schema: SessionInfo } },
    },
    ...problemResponses(400, 401, 403, 413, 429),
  },
});

/** The peer address; tests that call the app directly have none. */
function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  return incoming?.socket?.remoteAddress ?? "unknown";
}

function minutes(ms: number): string {
  const n = Math.ceil(ms / 60_000);
  return n === 1 ? "1 minute" : `${n} minutes`;
}

export const login: RouteHandler<typeof loginRoute, AppEnv> = async (c) => {
  const { auth, store } = c.var;
  if (auth.mode === "local") {
    throw new ApiError(
      400,
      "local_mode",
      "This server runs in local mode: you are the local user already, no sign-in needed.",
    );
  }
  const { name, password } = c.req.valid("json");
  const address = clientAddress(c);
  const locked = auth.throttle.check(name, address);
  if (locked) {
    c.header("Retry-After", String(Math.ceil(locked.retryAfterMs / 1000)));
    throw new ApiError(
      429,
      "locked_out",
      locked.scope === "account"
        ? `Too many failed sign-ins for ${name}. Try again in ${minutes(locked.retryAfterMs)}, or ask an admin to reset the password.`
        : `Too many failed sign-ins from your address. Try again in ${minutes(locked.retryAfterMs)}.`,
    );
  }
  const found = await store.findLogin(name);
  // Check a decoy when the user does not exist, so the answer's timing does not tell.
  const ok = await verifyPassword(
    password,
    found?.passwordHash ?? (await decoyHash(auth.passwordCost)),
  );
  if (!found || !ok || found.user.disabled) {
    auth.throttle.failed(name, address);
    throw new ApiError(
      401,
      "invalid_credentials",
      "Wrong user name or password, or the account is disabled.",
    );
  }
  auth.throttle.succeeded(name);
  const secret = newSecret();
  const csrfToken = newSecret();
  const now = auth.now();
  const expiresAt = new Date(now.getTime() + auth.sessionTtlMs);
  await store.deleteExpiredSessions(now);
  await store.createSession({
    id: hashSecret(secret),
    userId: found.user.id,
    csrfToken,
    expiresAt,
  });
  setCookie(c, SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: "Lax",
    secure: auth.secureCookies || new URL(c.req.url).protocol === "https:",
    path: "/",
    // Max-Age rather than Expires: the browser's clock need not agree with the server's.
    maxAge: Math.floor(auth.sessionTtlMs / 1000),
  });
  c.header("Cache-Control", "no-store");
  return c.json(
    sessionInfo(auth.mode, {
      name: found.user.name,
      role: found.user.role,
      via: "session",
      csrfToken,
      expiresAt,
    }),
    200,
  );
};
