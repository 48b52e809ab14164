/** The signed-in identity a handler acts for: the auth middleware guarantees one on every non-public route. */
import type { Context } from "hono";
import { ApiError } from "../problem.js";
import type { AppEnv } from "../router.js";
import type { RequestIdentity } from "./runtime.js";

export function principalOf(c: Context<AppEnv>): RequestIdentity {
  const principal = c.var.principal;
  // Reaching a handler without one means the permission table calls the route public by mistake.
  if (!principal)
    throw new ApiError(401, "unauthenticated", "Sign in first, or send an API token.");
  return principal;
}
