/**
 * Authentication, authorization and CSRF checks for every request, before the cache and the
 * handlers: a Bearer token, the session cookie, or (local mode) the local user; then the role the
 * route needs from permissions.ts; then, for writes, proof the request is not cross-site.
 */
import { roleAtLeast } from "@stancemap/schema";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { problemResponse } from "../problem.js";
import type { AppEnv } from "../router.js";
import { requiredPermission } from "./permissions.js";
import {
  type AuthRuntime,
  CSRF_HEADER,
  isLoopbackHost,
  type RequestIdentity,
  SESSION_COOKIE,
} from "./runtime.js";
import { hashSecret, sameSecret } from "./secrets.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The host the browser addressed, from Host (or the URL when a test calls the app directly). */
function requestHost(c: Context): string {
  return (c.req.header("host") ?? new URL(c.req.url).host).toLowerCase();
}

/**
 * A browser write from another site: Sec-Fetch-Site says so, or Origin names another host. Clients
 * that send neither (curl, scripts) are not browsers and cannot be ridden by another site.
 */
function crossSite(c: Context): string | null {
  const site = c.req.header("sec-fetch-site");
  if (site === "cross-site") return "a cross-site request";
  const origin = c.req.header("origin");
  if (origin === undefined) return null;
  if (origin === "null") return "an opaque origin";
  try {
    if (new URL(origin).host.toLowerCase() !== requestHost(c)) return `origin ${origin}`;
  } catch {
    return "a malformed Origin header";
  }
  return null;
}

async function identify(
  c: Context<AppEnv>,
  auth: AuthRuntime,
): Promise<RequestIdentity | Response | null> {
  const authorization = c.req.header("authorization");
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const found = match?.[1] ? await c.var.store.findToken(hashSecret(match[1]), auth.now()) : null;
    if (!found) {
      return problemResponse(
        c,
        401,
        "invalid_token",
        "The API token is unknown, revoked or expired.",
      );
    }
    return { name: found.user.name, role: found.role, via: "token" };
  }
  if (auth.mode === "local") return { name: auth.localUser, role: "admin", via: "local" };
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie) return null;
  const sessionId = hashSecret(cookie);
  const session = await c.var.store.findSession(sessionId, auth.now());
  if (!session) return null;
  return {
    name: session.user.name,
    role: session.user.role,
    via: "session",
    csrfToken: session.csrfToken,
    sessionId,
    expiresAt: session.expiresAt,
  };
}

export function authMiddleware(auth: AuthRuntime): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("auth", auth);
    // Local mode trusts whoever reaches the loopback port; a page on another site that rebinds
    // its own name to 127.0.0.1 still sends that name in Host, so it is turned away here.
    if (auth.mode === "local" && !isLoopbackHost(requestHost(c))) {
      return problemResponse(
        c,
        403,
        "forbidden_host",
        `Local mode answers only requests addressed to localhost, not ${requestHost(c)}.`,
      );
    }
    const needed = requiredPermission(c.req.method, c.req.path);
    // The UI's files and the API reference need nobody: spare them a session lookup each.
    if (needed === "public" && SAFE_METHODS.has(c.req.method) && !c.req.path.startsWith("/api/")) {
      c.set("principal", null);
      return next();
    }
    const identity = await identify(c, auth);
    if (identity instanceof Response) return identity;
    c.set("principal", identity);

    if (!SAFE_METHODS.has(c.req.method) && identity?.via !== "token") {
      const foreign = crossSite(c);
      if (foreign) {
        return problemResponse(c, 403, "csrf_failed", `Refused a write from ${foreign}.`);
      }
      if (identity?.via === "session") {
        const sent = c.req.header(CSRF_HEADER) ?? "";
        if (!identity.csrfToken || !sameSecret(sent, identity.csrfToken)) {
          return problemResponse(
            c,
            403,
            "csrf_failed",
            `Writes made with the session cookie need the ${CSRF_HEADER} header from GET /api/auth/session.`,
          );
        }
      }
    }

    if (needed !== "public") {
      if (!identity) {
        c.header("WWW-Authenticate", 'Bearer realm="stancemap"');
        return problemResponse(c, 401, "unauthenticated", "Sign in first, or send an API token.");
      }
      if (!roleAtLeast(identity.role, needed)) {
        return problemResponse(
          c,
          403,
          "forbidden",
          `This needs the ${needed} role; ${identity.name} has ${identity.role}.`,
        );
      }
    }
    await next();
  };
}
