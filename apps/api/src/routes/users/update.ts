/** PATCH /api/users/{name}: change a role, reset a password, or disable an account (admin only). */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { User, UserName, UserUpdateRequest } from "@stancemap/schema";
import { hashPassword } from "../../auth/password.js";
import { principalOf } from "../../auth/principal.js";
import { limitBody } from "../../body-limit.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const updateUserRoute = createRoute({
  method: "patch",
  path: "/api/users/{name}",
  tags: ["users"],
  summary: "Update a user",
  description:
    "Changes the role, the password or the disabled flag. A new password or disabling ends the account's sessions; a disabled account's tokens stop working. The last enabled admin cannot be demoted or disabled (409). Accounts are never deleted, so names in the audit trail stay unambiguous. Audited (`update_user`). Admin only.",
  middleware: limitBody(8 * 1024, "a change is a few short fields"),
  request: {
    params: z.strictObject({ name: UserName.meta({ description: "The account's name." }) }),
    body: { required: true, content: { "application/json": { schema: UserUpdateRequest } } },
  },
  responses: {
    200: {
      description: "The account after the change.",
      content: { "application/json": { schema: User } },
    },
    ...problemResponses(400, 401, 403, 404, 409, 413),
  },
});

export const updateUser: RouteHandler<typeof updateUserRoute, AppEnv> = async (c) => {
  const { name } = c.req.valid("param");
  const { password, ...rest } = c.req.valid("json");
  const passwordHash =
    password === undefined ? undefined : await hashPassword(password, c.var.auth.passwordCost);
  const user = await c.var.store.updateUser(
    name,
    { ...rest, ...(passwordHash !== undefined && { passwordHash }) },
    { actor: principalOf(c).name },
  );
  return c.json(user, 200);
};
