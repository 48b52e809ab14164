/** POST /api/users: create an account (admin only), audited. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { User, UserCreateRequest } from "@stancemap/schema";
import { hashPassword } from "../../auth/password.js";
import { principalOf } from "../../auth/principal.js";
import { limitBody } from "../../body-limit.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const createUserRoute = createRoute({
  method: "post",
  path: "/api/users",
  tags: ["users"],
  summary: "Create a user",
  description:
    "Creates an account with a role and an initial password (scrypt-hashed; never stored or logged in clear). Names are unique regardless of case (409). An audit event (`create_user`) is written in the same transaction. Admin only.",
  middleware: limitBody(8 * 1024, "an account is three short fields"),
  request: {
    body: { required: true, content: { "application/json": { schema: UserCreateRequest } } },
  },
  responses: {
    201: { description: "The new account.", content: { "application/json": { schema: User } } },
    ...problemResponses(400, 401, 403, 409, 413),
  },
});

export const createUser: RouteHandler<typeof createUserRoute, AppEnv> = async (c) => {
  const { name, role, password } = c.req.valid("json");
  const passwordHash = await hashPassword(password, c.var.auth.passwordCost);
  const user = await c.var.store.createUser(
    { name, role, passwordHash },
    { actor: principalOf(c).name },
  );
  return c.json(user, 201);
};
