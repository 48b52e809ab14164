/** Sign-in: the session, login and logout. */
import { createRouter } from "../../router.js";
import { login, loginRoute } from "./login.js";
import { logout, logoutRoute } from "./logout.js";
import { getSession, sessionRoute } from "./session.js";

export const authRoutes = createRouter()
  .openapi(sessionRoute, getSession)
  .openapi(loginRoute, login)
  .openapi(logoutRoute, logout);
