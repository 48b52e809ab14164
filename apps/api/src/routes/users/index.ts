/** Accounts: list, create, update (admin only). */
import { createRouter } from "../../router.js";
import { createUser, createUserRoute } from "./create.js";
import { listUsers, listUsersRoute } from "./list.js";
import { updateUser, updateUserRoute } from "./update.js";

export const userRoutes = createRouter()
  .openapi(listUsersRoute, listUsers)
  .openapi(createUserRoute, createUser)
  .openapi(updateUserRoute, updateUser);
